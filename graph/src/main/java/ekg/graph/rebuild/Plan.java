package ekg.graph.rebuild;

import ekg.graph.store.Snapshot;
import ekg.ingest.read.Article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sorts the articles read into new, changed and unchanged against the previous generation's snapshot,
 * passing on only those that need extracting: an article is unchanged when its content hash and the
 * extraction (ekg and model versions) are the same as before, and is then copied instead.
 */
final class Plan implements Iterator<Article> {
    private final Iterator<Article> in;
    private final Map<String, Snapshot.Entry> previous;
    private final String extraction;
    private final boolean incremental;
    private final Set<String> seen = new HashSet<>();
    final List<String> added = new ArrayList<>();
    final List<String> changed = new ArrayList<>();
    final Set<String> unchanged = new TreeSet<>();
    private Article next;

    Plan(Iterator<Article> in, Map<String, Snapshot.Entry> previous, String extraction, boolean incremental) {
        this.in = in;
        this.previous = previous;
        this.extraction = extraction;
        this.incremental = incremental;
    }

    @Override
    public boolean hasNext() {
        while (next == null && in.hasNext()) {
            Article a = in.next();
            if (!seen.add(a.id())) {
                unchanged.remove(a.id());
            }
            Snapshot.Entry before = previous.get(a.id());
            if (before == null) {
                added.add(a.id());
                next = a;
            } else if (incremental && before.contentHash().equals(a.contentHash())
                    && before.extraction().equals(extraction)) {
                unchanged.add(a.id());
            } else {
                changed.add(a.id());
                next = a;
            }
        }
        return next != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        Article a = next;
        next = null;
        return a;
    }

    /** Ids of the previous generation that no input has any more, sorted. */
    List<String> removed() {
        Set<String> gone = new TreeSet<>(previous.keySet());
        gone.removeAll(seen);
        return List.copyOf(gone);
    }
}
