package ekg.graph.rebuild;

import ekg.graph.store.Snapshot;

import java.util.List;

/**
 * What the articles read are against the live generation: how many are new, changed (other content),
 * re-extracted (the same content, another extraction: other ekg or model versions, or {@code --full})
 * and unchanged, and the ids of the new, changed and removed ones for the report. The rebuild sorts its
 * articles here one by one ({@link #kind}); a job elsewhere may sort them itself and hand over the result.
 */
public record ArticleChanges(long added, long changed, long reextracted, long unchanged, IdList addedIds,
                             IdList changedIds, IdList removedIds) {

    /** Nothing read, nothing removed. */
    static final ArticleChanges NONE = new ArticleChanges(0, 0, 0, 0, IdList.of(List.of()), IdList.of(List.of()),
            IdList.of(List.of()));

    /** What one article read is. */
    public enum Kind { ADDED, CHANGED, REEXTRACTED, UNCHANGED }

    /**
     * What an article read with {@code contentHash} is, {@code before} its entry in the live generation's
     * snapshot (null when it had none); {@code incremental} false re-extracts every unchanged one.
     */
    public static Kind kind(Snapshot.Entry before, String contentHash, String extraction, boolean incremental) {
        if (before == null) return Kind.ADDED;
        if (!before.contentHash().equals(contentHash)) return Kind.CHANGED;
        if (!incremental || !before.extraction().equals(extraction)) return Kind.REEXTRACTED;
        return Kind.UNCHANGED;
    }

    /** The articles extracted (not copied): new, changed and re-extracted. */
    public long extracted() {
        return added + changed + reextracted;
    }
}
