package ekg.spark;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator that maps each element lazily, so a task holds one result at a time, not its partition's. */
record MappedIterator<A, B>(Iterator<A> in, Function<A, B> f) implements Iterator<B> {
    @Override
    public boolean hasNext() {
        return in.hasNext();
    }

    @Override
    public B next() {
        return f.apply(in.next());
    }
}
