package ekg.spark;

import java.io.Serializable;

/**
 * What became of one article (or of one input that yielded none): its id, content hash and graph as
 * N-Quads when extracted, or the reason it failed. {@code unreadable} failures happened before extraction.
 * {@code ordinal} and {@code index} place it in the input order; {@code reused}: its graph is the last run's.
 */
public record ArticleResult(int ordinal, int index, String source, String id, String contentHash, String nquads,
                            String failure, boolean unreadable, boolean reused) implements Serializable {

    /** Where it stands in the input: the file's ordinal, then the article's index in the file, in one number. */
    long inputPosition() {
        return (long) ordinal << 32 | Integer.toUnsignedLong(index);
    }

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
