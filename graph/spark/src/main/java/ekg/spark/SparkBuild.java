package ekg.spark;

import ekg.graph.cli.ArticleOptions;
import ekg.graph.cli.Ekg;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.graph.rebuild.Filling;
import ekg.graph.rebuild.RebuildJob;
import ekg.graph.rebuild.RebuildOptions;
import ekg.graph.rebuild.RebuildReport;
import ekg.graph.store.Generations;
import ekg.graph.store.Snapshot;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ekg spark-build}: the nightly rebuild as a Spark job. Executors read and extract the articles and
 * link them across articles; the driver loads the N-Quads shards into a new TDB2 generation beside the live
 * one and validates, reports and switches exactly as {@code ekg rebuild} does.
 *
 * <pre>{@code
 * ./ekg spark-build --master 'local[2]' seeds --db data/ekg
 * spark-submit --class ekg.spark.SparkBuild graph/spark/target/ekg-spark.jar hdfs://nn/news --db /srv/ekg
 * }</pre>
 */
@Command(name = "spark-build", mixinStandardHelpOptions = true,
        description = {"Builds the complete dataset from <inputs> (files or folders of .txt, .json, .jsonl on any",
                "Hadoop file system: local, hdfs://, s3a://) as an Apache Spark job, into a new generation",
                "beside the live one; validates it and switches to it as 'ekg rebuild' does. Writes the",
                "same JSON report. Only new or changed articles are extracted: the others reuse the",
                "last run's results (kept as Parquet)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:switched; every article stored", "1:switched; some articles failed and were skipped",
                "2:usage error", "3:the run could not complete; not switched", "4:validation failed; not switched",
                "5:too many articles failed; not switched", "6:another rebuild or rollback is running; nothing done"},
        footer = {"", "Example:", "  ./ekg spark-build --master 'local[2]' seeds --db data/ekg"})
public final class SparkBuild implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<inputs>", description = "Article files or folders (paths or URIs): the complete input.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/ekg", description = "The dataset folder, on the driver (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; spark-submit sets it otherwise.")
    String master;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the N-Quads shards go, on any Hadoop file system (default: DIR/spark-work).")
    String work;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Partitions of the input files and of the linking: at least this many, and one per 1,000 articles (default: 4 per core of the cluster).")
    int partitions;

    @Option(names = "--max-failures", paramLabel = "SHARE", defaultValue = "0.05", description = "Share of articles (0..1) that may fail (default: ${DEFAULT-VALUE}).")
    double maxFailures;

    @Option(names = "--max-drop", paramLabel = "SHARE", defaultValue = "0.2", description = "Share by which articles or triples may drop against the live generation (default: ${DEFAULT-VALUE}).")
    double maxDrop;

    @Option(names = "--full", description = "Extract every article again, even unchanged ones.")
    boolean full;

    @Option(names = "--results", paramLabel = "DIR", description = "Where the per-article results of the last run are kept, as Parquet, for the next run to reuse (default: DIR/spark-results).")
    String results;

    @Option(names = "--no-shacl", description = "Skip the SHACL validation.")
    boolean noShacl;

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the JSON report (default: DIR/rebuild-report.json).")
    Path report;

    @Option(names = "--loader", paramLabel = "LOADER", defaultValue = "auto", description = {
            "Jena's loader for the article shards: phased (the phased bulk loader, as 'ekg rebuild': fast, but its",
            "queues take over 400 MB of heap from about a million quads on), sequential (one thread, no queues:",
            "the least heap, and slow), xloader (tdb2.xloader: sorts with the system's sort program on disk) or",
            "auto (phased up to 64 MB of article shards, about 900 articles, else xloader) (default: ${DEFAULT-VALUE})."})
    SparkFilling.Loader loader;

    @Mixin
    ArticleOptions articles;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return Ekg.configure(new CommandLine(new SparkBuild())).execute(args);
    }

    @Override
    public Integer call() {
        SparkSession.Builder b = SparkSession.builder().appName("ekg spark-build");
        if (master != null) b.master(master);
        SparkSession spark = b.getOrCreate();
        try {
            RebuildReport r = build(spark);
            Path file = report != null ? report : db.resolve("rebuild-report.json");
            r.write(file);
            System.err.println("ekg spark-build: " + r.summary() + "; report: " + file);
            return r.exitCode();
        } finally {
            spark.stop();
        }
    }

    private RebuildReport build(SparkSession spark) {
        JobSettings settings = JobSettings.of(articles);
        int n = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
        String shards = work != null ? work : inDb("spark-work");
        Provenance p = articles.provenance();
        SharedGraphs shared = new SharedGraphs(Iris.DEFAULT, articles.knowledgeBase());
        String extraction = Snapshot.extractionKey(p.toolVersion(), p.models());
        SparkJob job = new SparkJob(spark, settings, n, extraction, kept(), !full, System.err);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Filling filling = new SparkFilling(job, inputs, shards, conf, shared, loader, articles.onError(), System.err,
                spark::stop);
        RebuildOptions options = new RebuildOptions(maxFailures, maxDrop, !full, !noShacl, 1, articles.maxBytes());
        RebuildReport r = new RebuildJob(Generations.at(db), filling, extraction, options, System.err)
                .run(inputs.stream().map(Path::of).toList());
        PreviousResults.settle(job.nextResults(), kept(), r.switched(), conf);
        return r;
    }

    /** Where the per-article results of the last run that went live are kept. */
    private String kept() {
        return results != null ? results : inDb("spark-results");
    }

    /** A folder in the dataset folder, as a URI without the slash an existing folder's URI ends with. */
    private String inDb(String name) {
        return db.toAbsolutePath().resolve(name).toUri().toString().replaceAll("/+$", "");
    }
}
