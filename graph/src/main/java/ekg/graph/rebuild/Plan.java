package ekg.graph.rebuild;

import ekg.graph.store.Snapshot;
import ekg.ingest.doc.Metadata;
import ekg.ingest.read.Article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sorts the articles read against the previous generation's snapshot, passing on only those that need
 * extracting. An article is new, changed (its content hash differs), re-extracted (the same content, but
 * another extraction: other ekg or model versions, or {@code --full}), or unchanged and then copied
 * instead; an unchanged article read from another file than before is also moved, so that the copy
 * can say where it comes from now.
 */
final class Plan implements Iterator<Article> {
    private final Iterator<Article> in;
    private final Map<String, Snapshot.Entry> previous;
    private final String extraction;
    private final boolean incremental;
    private final Set<String> seen = new HashSet<>();
    final List<String> added = new ArrayList<>();
    final List<String> changed = new ArrayList<>();
    final List<String> reextracted = new ArrayList<>();
    final Set<String> unchanged = new TreeSet<>();
    /** Unchanged articles whose file moved, with their metadata as read now. */
    final Map<String, Metadata> moved = new TreeMap<>();
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
            if (read(a.id(), a.contentHash(), a.metadata())) next = a;
        }
        return next != null;
    }

    /**
     * Sorts one article read ({@link ArticleChanges#kind}); true when it needs extracting. {@code metadata}
     * is where it was read now, or null when no move is to be noted.
     */
    boolean read(String id, String contentHash, Metadata metadata) {
        if (!seen.add(id)) unchanged.remove(id);
        Snapshot.Entry before = previous.get(id);
        switch (ArticleChanges.kind(before, contentHash, extraction, incremental)) {
            case ADDED -> added.add(id);
            case CHANGED -> changed.add(id);
            case REEXTRACTED -> reextracted.add(id);
            case UNCHANGED -> {
                unchanged.add(id);
                if (metadata != null && !before.source().equals(metadata.source())) moved.put(id, metadata);
                return false;
            }
        }
        return true;
    }

    @Override
    public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        Article a = next;
        next = null;
        return a;
    }

    /** The counts and ids of the report. */
    ArticleChanges changes() {
        return new ArticleChanges(added.size(), changed.size(), reextracted.size(), unchanged.size(), IdList.of(added),
                IdList.of(changed), IdList.of(removed()));
    }

    /** Ids of the previous generation that no input has any more, sorted. */
    private List<String> removed() {
        Set<String> gone = new TreeSet<>(previous.keySet());
        gone.removeAll(seen);
        return List.copyOf(gone);
    }
}
