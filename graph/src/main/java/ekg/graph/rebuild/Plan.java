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
            if (read(a.id(), a.contentHash())) next = a;
        }
        return next != null;
    }

    /** Sorts one article read into added, changed or unchanged; true when it needs extracting. */
    boolean read(String id, String contentHash) {
        if (!seen.add(id)) {
            unchanged.remove(id);
        }
        Snapshot.Entry before = previous.get(id);
        if (before == null) {
            added.add(id);
            return true;
        }
        if (incremental && before.contentHash().equals(contentHash) && before.extraction().equals(extraction)) {
            unchanged.add(id);
            return false;
        }
        changed.add(id);
        return true;
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
