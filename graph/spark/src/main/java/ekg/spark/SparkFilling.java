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
 * Once the job has run, {@code release} gives the cluster back (stops the Spark session).
 */
final class SparkFilling implements Filling {

    /** Which of Jena's loaders writes the article shards into the new generation. */
    enum Loader {
        PHASED, SEQUENTIAL, XLOADER, AUTO;

        /**
         * Up to this many bytes of article shards (about 900 generated articles, 340,000 quads)
         * {@code auto} takes the phased loader whatever the heap: the input is smaller than its queues.
         */
        static final long AUTO_PHASED_BYTES = 64L << 20;

        /**
         * From this heap on, {@code auto} takes the phased loader for larger inputs too: its queues hold up to
         * a million quads and then as many index tuples, over 400 MB once they fill (measured at 10,000
         * articles) but no more as the input grows, and it loaded 10,000 generated articles in local[2]
         * faster than the xloader (job 292.8 s against 372.0 s). A driver kept smaller gets the xloader,
         * which sorts on disk.
         */
        static final long AUTO_PHASED_HEAP = 1536L << 20;

        /**
         * Above this many bytes of article shards (about 100 million quads) {@code auto} takes the xloader
         * whatever the heap: Jena made it for inputs whose indexes outgrow the page cache, where the phased
         * loader slows down. The phased loader was measured up to 6.9 GB (100,000 generated articles).
         */
        static final long AUTO_XLOADER_BYTES = 16L << 30;

        /**
         * The loader that loads {@code bytes} of article shards on a driver whose heap may grow to
         * {@code maxHeap}: this one, or for {@code auto} the one the size and the heap ask for.
         */
        Loader forShards(long bytes, long maxHeap) {
            if (this != AUTO) return this;
            if (bytes <= AUTO_PHASED_BYTES) return PHASED;
            return maxHeap >= AUTO_PHASED_HEAP && bytes <= AUTO_XLOADER_BYTES ? PHASED : XLOADER;
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
    private final Runnable release;
    private SparkJob.Result result;
    private Loader chosen;

    SparkFilling(SparkJob job, List<String> inputs, String shards, Configuration conf, SharedGraphs shared, Loader loader,
                 FailureHandler.OnError onError, PrintStream log, Runnable release) {
        this.job = loader == Loader.PHASED || loader == Loader.SEQUENTIAL ? job : job.writingMeta(Instant.now());
        this.inputs = inputs;
        this.shards = shards;
        this.conf = conf;
        this.shared = shared;
        this.loader = loader;
        this.onError = onError;
        this.log = log;
        this.release = release;
    }

    @Override
    public void prepare(Path tdb, Path liveSnapshot) {
        result = job.run(inputs, shards, liveSnapshot == null ? null : Snapshot.indexFile(liveSnapshot));
        // Everything after the job is the driver's, reading the shards from the file system: idle executors
        // would keep their heaps and Spark its local files (the cached extraction, the shuffles: gigabytes at
        // 100,000 articles) in the memory the loader, the shared graphs and the validation page the store into.
        release.run();
        stopAtFirstFailure(result.failures());
        long bytes = ShardLoad.articleBytes(shards, conf);
        chosen = loader.forShards(bytes, Runtime.getRuntime().maxMemory());
        log.println("ekg spark-build: loading " + (bytes >> 20) + " MB of article shards with Jena's "
                + (chosen == Loader.XLOADER ? "xloader" : chosen == Loader.SEQUENTIAL ? "sequential loader" : "phased loader"));
        if (chosen == Loader.XLOADER) ShardLoad.xload(shards, conf, tdb, tdb.resolveSibling(tdb.getFileName() + ".xload"));
    }

    @Override
    public Filled fill(EkgStore store) {
        SharedGraphs.Counts c = chosen == Loader.XLOADER ? ShardLoad.afterXload(shards, conf, store, shared)
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
