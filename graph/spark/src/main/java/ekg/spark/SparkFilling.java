package ekg.spark;

import ekg.graph.build.BuildReport;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.Iris;
import ekg.graph.rebuild.Filling;
import ekg.graph.store.BulkLoad;
import ekg.graph.store.EkgStore;
import ekg.graph.store.Snapshot;
import ekg.ingest.pipeline.FailureHandler;
import org.apache.hadoop.conf.Configuration;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Fills a rebuild's new generation from the Spark job: the job runs and, with Jena's xloader, its shards
 * are loaded before the generation is opened; with the phased loader they are loaded into the open one.
 */
final class SparkFilling implements Filling {

    /** Which of Jena's loaders writes the article shards into the new generation. */
    enum Loader {
        PHASED, SEQUENTIAL, XLOADER, AUTO;

        /**
         * Up to this many bytes of article shards (about 900 generated articles, 340,000 quads)
         * {@code auto} takes the phased loader, above it the xloader: the phased loader's queues hold up to
         * a million quads and then as many index tuples, over 400 MB of the driver's heap once they fill
         * (measured at 10,000 articles), while the xloader sorts on disk.
         */
        static final long AUTO_PHASED_BYTES = 64L << 20;

        /** The loader that loads {@code bytes} of article shards: this one, or for {@code auto} the one their size asks for. */
        Loader forShards(long bytes) {
            if (this != AUTO) return this;
            return bytes > AUTO_PHASED_BYTES ? XLOADER : PHASED;
        }
    }

    private final SparkJob job;
    private final List<String> inputs;
    private final String shards;
    private final Configuration conf;
    private final SharedGraphs shared;
    private final Loader loader;
    private final FailureHandler.OnError onError;
    private final PrintStream log;
    private SparkJob.Result result;
    private Loader chosen;

    SparkFilling(SparkJob job, List<String> inputs, String shards, Configuration conf, SharedGraphs shared, Loader loader,
                 FailureHandler.OnError onError, PrintStream log) {
        this.job = loader == Loader.PHASED || loader == Loader.SEQUENTIAL ? job : job.writingMeta(Instant.now());
        this.inputs = inputs;
        this.shards = shards;
        this.conf = conf;
        this.shared = shared;
        this.loader = loader;
        this.onError = onError;
        this.log = log;
    }

    @Override
    public void prepare(Path tdb, Path liveSnapshot) {
        result = job.run(inputs, shards, liveSnapshot == null ? null : Snapshot.indexFile(liveSnapshot));
        stopAtFirstFailure(result.failures());
        long bytes = ShardLoad.articleBytes(shards, conf);
        chosen = loader.forShards(bytes);
        log.println("ekg spark-build: loading " + (bytes >> 20) + " MB of article shards with Jena's "
                + (chosen == Loader.XLOADER ? "xloader" : chosen == Loader.SEQUENTIAL ? "sequential loader" : "phased loader"));
        if (chosen == Loader.XLOADER) ShardLoad.xload(shards, conf, tdb, tdb.resolveSibling(tdb.getFileName() + ".xload"));
    }

    @Override
    public Filled fill(EkgStore store) {
        SharedGraphs.Counts c = chosen == Loader.XLOADER ? ShardLoad.afterXload(shards, conf, store, shared, Iris.DEFAULT)
                : ShardLoad.load(shards, conf, store, shared, Iris.DEFAULT,
                chosen == Loader.SEQUENTIAL ? BulkLoad.Loader.SEQUENTIAL : BulkLoad.Loader.PHASED);
        return new Filled(result.changes(), result.failures(), result.readFailures(), c);
    }

    /**
     * Under {@code --on-error fail} a failed article ends the run unswitched, with the reason of the first
     * failure in input order, as {@code ekg rebuild} ends it; the distributed job itself runs to its end.
     */
    private void stopAtFirstFailure(List<BuildReport.Failure> failures) {
        if (onError != FailureHandler.OnError.FAIL || failures.isEmpty()) return;
        BuildReport.Failure first = failures.get(0);
        throw new FailureHandler.BatchStopped(first.input() + ": " + first.reason(), null);
    }
}
