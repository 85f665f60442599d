package ekg.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * What became of one article (or of one input that yielded none): its id, content hash and graph as
 * N-Quads when extracted, or the reason it failed. {@code unreadable} failures happened before extraction.
 * {@code ordinal} and {@code index} place it in the input order; {@code reused}: its graph is the last run's.
 */
public record ArticleResult(int ordinal, int index, String source, String id, String contentHash, String nquads,
                            String failure, boolean unreadable, boolean reused) implements Serializable {

    static final Comparator<ArticleResult> INPUT_ORDER = Comparator.comparingInt(ArticleResult::ordinal)
            .thenComparingInt(ArticleResult::index);

    static ArticleResult extracted(int ordinal, int index, String source, String id, String hash, String nquads) {
        return new ArticleResult(ordinal, index, source, id, hash, nquads, null, false, false);
    }

    static ArticleResult reused(int ordinal, int index, String source, String id, String hash, String nquads) {
        return new ArticleResult(ordinal, index, source, id, hash, nquads, null, false, true);
    }

    static ArticleResult failed(int ordinal, int index, String source, String id, String hash, String reason,
                                boolean unreadable) {
        return new ArticleResult(ordinal, index, source, id, hash, null, reason, unreadable, false);
    }

    boolean ok() {
        return failure == null;
    }

    /** The article as the rebuild counts it: read (extracted or failed in extraction), not unreadable. */
    boolean read() {
        return id != null && !unreadable;
    }
}
