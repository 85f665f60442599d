package ekg.graph.rebuild;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Article ids for the run report, written into its JSON as an array one id at a time: held in memory
 * ({@link #of}) or read again from wherever a job wrote them ({@link #streamed}), so that a report of
 * millions of articles needs no list of them in the heap.
 *
 * <pre>{@code
 * IdList added = IdList.streamed(count, each -> lines(dir).forEach(each));
 * }</pre>
 */
@JsonSerialize(using = IdList.Json.class)
public final class IdList {
    private final long size;
    private final Consumer<Consumer<String>> source;

    private IdList(long size, Consumer<Consumer<String>> source) {
        this.size = size;
        this.source = source;
    }

    public static IdList of(Collection<String> ids) {
        List<String> copy = List.copyOf(ids);
        return new IdList(copy.size(), copy::forEach);
    }

    /** {@code size} ids that {@code source} hands, in order, to the consumer it is given, each time it is called. */
    public static IdList streamed(long size, Consumer<Consumer<String>> source) {
        return new IdList(size, source);
    }

    public long size() {
        return size;
    }

    /** Hands every id, in order, to {@code action}. */
    public void forEach(Consumer<String> action) {
        source.accept(action);
    }

    /** The ids as a JSON array, written as they are read. */
    public static final class Json extends StdSerializer<IdList> {
        public Json() {
            super(IdList.class);
        }

        @Override
        public void serialize(IdList ids, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            try {
                ids.forEach(id -> {
                    try {
                        out.writeString(id);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.writeEndArray();
        }
    }
}
