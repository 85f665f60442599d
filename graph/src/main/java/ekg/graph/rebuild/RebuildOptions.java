package ekg.graph.rebuild;

/**
 * The thresholds and settings of a rebuild.
 *
 * @param maxFailureShare share of articles (0..1) that may fail before the run is refused
 * @param maxDropShare    share (0..1) by which articles or triples may drop against the live generation
 * @param incremental     copy unchanged articles from the previous generation instead of extracting them
 * @param validateShapes  check the new generation against ekg's SHACL shapes
 */
public record RebuildOptions(double maxFailureShare, double maxDropShare, boolean incremental, boolean validateShapes,
                             int threads, int maxBytes) {

    public RebuildOptions {
        if (maxFailureShare < 0 || maxFailureShare > 1) throw new IllegalArgumentException("maxFailureShare not in 0..1: " + maxFailureShare);
        if (maxDropShare < 0 || maxDropShare > 1) throw new IllegalArgumentException("maxDropShare not in 0..1: " + maxDropShare);
        if (threads < 1) throw new IllegalArgumentException("threads < 1: " + threads);
    }

    public static RebuildOptions defaults() {
        return new RebuildOptions(0.05, 0.2, true, true, Runtime.getRuntime().availableProcessors(),
                ekg.ingest.read.ArticleReader.DEFAULT_MAX_BYTES);
    }
}
