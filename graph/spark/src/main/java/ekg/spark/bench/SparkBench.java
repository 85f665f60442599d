package ekg.spark.bench;

import ekg.graph.cli.Ekg;
import ekg.graph.tools.bench.CorpusGenerator;
import ekg.graph.tools.bench.CorpusWriter;
import ekg.graph.tools.bench.Dirs;
import ekg.ingest.kb.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ekg spark-bench}: {@code ekg rebuild} and {@code ekg spark-build} on the same generated corpus,
 * one after the other, each in a fresh JVM with the same heap limit: wall and job time, their ratio,
 * the peak heap after collection of each JVM, and the Spark job's stages.
 *
 * <pre>{@code
 * ./ekg spark-bench --n 10000 --work /tmp/sb10k
 * }</pre>
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true,
        description = {"Runs 'ekg rebuild' and then 'ekg spark-build' on the same generated corpus of N articles,",
                "each in a fresh JVM with the same -Xmx, and prints: wall time (JVM start to exit) and job",
                "time (the run's report) of each and their ratio, the quads each stored, the peak heap",
                "after garbage collection of each JVM (from its GC log), and per Spark stage its time,",
                "task time, records and shuffle bytes. With --separate-executors the Spark build runs in",
                "local-cluster[1,CORES,MB]: its executor is a JVM of its own, so the driver's heap is",
                "measured apart; in local[CORES] (the default) the driver JVM also runs the tasks."},
        footer = {"", "Example:", "  ./ekg spark-bench --n 10000 --work /tmp/sb10k", "  ./ekg spark-bench --n 10000 --work /tmp/sb10k --separate-executors"})
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus from 'ekg gen-corpus' to use instead of generating one (--n is then ignored).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/spark-bench", description = "Working folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cores", paramLabel = "C", defaultValue = "2", description = "Rebuild threads and Spark cores (default: ${DEFAULT-VALUE}).")
    int cores;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g", description = "-Xmx of the rebuild's JVM and the Spark driver's (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--driver-heap", paramLabel = "SIZE", description = "-Xmx of the Spark driver's JVM alone (default: --heap): with --separate-executors, a small one shows what the driver needs.")
    String driverHeap;

    @Option(names = "--separate-executors", description = "Run Spark in local-cluster mode, its executor a JVM of its own.")
    boolean separate;

    @Option(names = "--loader", paramLabel = "LOADER", description = "The Spark build's --loader (phased, sequential, xloader, auto; default: the build's own).")
    String loader;

    @Option(names = "--spark-only", description = "Run only the Spark build, not 'ekg rebuild' (its column then shows '-').")
    boolean sparkOnly;

    @Option(names = "--executor-mb", paramLabel = "MB", defaultValue = "2048", description = "Heap of the executor JVM with --separate-executors (default: ${DEFAULT-VALUE}).")
    int executorMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(Ekg.configure(new CommandLine(new SparkBench())).execute(args));
    }

    @Override
    public Integer call() {
        if (n < 1 || cores < 1) throw new IllegalArgumentException("--n and --cores must be at least 1");
        String command = "ekg spark-bench " + String.join(" ", spec.commandLine().getParseResult().originalArgs()) + "   (" + Instant.now() + ")";
        Path articles = corpus != null ? corpus : generate();
        Path rebuildDir = Dirs.fresh(work.resolve("rebuild"));
        Path sparkDir = Dirs.fresh(work.resolve("spark"));
        Measured rebuild = sparkOnly ? Measured.notRun(rebuildDir) : rebuild(articles, rebuildDir);
        Measured spark = spark(articles, sparkDir);
        new BenchReport(out).print(command, corpus != null ? "corpus " + corpus : n + " generated articles", cores,
                heapLimits(), master(), rebuild, spark, sparkDir.resolve("stages.tsv"));
        return rebuild.ran().exitCode() == 0 && spark.ran().exitCode() == 0 ? 0 : 1;
    }

    private Path generate() {
        Path dir = Dirs.fresh(work.resolve("corpus"));
        System.err.println("ekg spark-bench: generating " + n + " articles into " + dir + " ...");
        new CorpusWriter(new CorpusGenerator(KnowledgeBase.builtIn(), seed, n)).write(n, dir);
        return dir;
    }

    private Measured rebuild(Path articles, Path dir) {
        Path log = dir.resolve("rebuild.log");
        System.err.println("ekg spark-bench: ekg rebuild " + articles + " (log " + log + ") ...");
        ChildJvm.Ran ran = new ChildJvm("ekg.graph.cli.Ekg", heap).option(GcLog.option(dir.resolve("gc.log")))
                .args(List.of("rebuild", articles.toString(), "--db", dir.resolve("db").toString(),
                        "--threads", Integer.toString(cores), "--report", dir.resolve("report.json").toString()))
                .run(log, Map.of());
        return Measured.of(ran, dir, "gc.log", null, log);
    }

    private Measured spark(Path articles, Path dir) {
        Path log = dir.resolve("spark-build.log");
        System.err.println("ekg spark-bench: ekg spark-build --master '" + master() + "' " + articles + " (log " + log + ") ...");
        ChildJvm jvm = new ChildJvm("ekg.spark.SparkBuild", driverHeap != null ? driverHeap : heap).option(GcLog.option(dir.resolve("driver-gc.log")))
                .option("-Dspark.extraListeners=" + StageFigures.class.getName())
                .option("-D" + StageFigures.FILE + "=" + dir.resolve("stages.tsv"))
                .args(List.of("--master", master(), articles.toString(), "--db", dir.resolve("db").toString(),
                        "--report", dir.resolve("report.json").toString()));
        if (loader != null) jvm.args(List.of("--loader", loader));
        Map<String, String> env = Map.of();
        if (separate) {
            SparkHome home = SparkHome.make(dir.resolve("spark-home"), sparkClassPathFile());
            List<String> executorOptions = new ArrayList<>(jvmFlags());
            executorOptions.add(GcLog.option(dir.resolve("executor-gc-%p.log")));
            jvm.option("-Dspark.executor.extraClassPath=" + home.executorClassPath())
                    .option("-Dspark.executor.extraJavaOptions=" + String.join(" ", executorOptions))
                    .option("-Dspark.executor.memory=" + executorMb + "m");
            env = Map.of("SPARK_HOME", home.home().toString(), "SPARK_SCALA_VERSION", "2.13");
        }
        ChildJvm.Ran ran = jvm.run(log, env);
        return Measured.of(ran, dir, "driver-gc.log", separate ? "executor-gc-" : null, log);
    }

    private String heapLimits() {
        String driver = driverHeap != null ? driverHeap : heap;
        return (sparkOnly ? "" : heap + " (ekg rebuild), ") + driver + " (Spark driver)"
                + (separate ? ", " + executorMb + "m (executor)" : "");
    }

    private String master() {
        return separate ? "local-cluster[1," + cores + "," + executorMb + "]" : "local[" + cores + "]";
    }

    private static Path sparkTarget() {
        String home = System.getProperty("ekg.home");
        if (home == null) throw new IllegalStateException("--separate-executors needs -Dekg.home (run it through ./ekg)");
        return Path.of(home, "graph", "spark", "target");
    }

    private static Path sparkClassPathFile() {
        return sparkTarget().resolve("classpath-spark.txt");
    }

    /** Spark's JVM flags for Java 17, as the build wrote them for the launcher. */
    private static List<String> jvmFlags() {
        try {
            return List.of(Files.readString(sparkTarget().resolve("spark-jvm-flags.txt")).trim().split("\\s+"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read Spark's JVM flags", e);
        }
    }
}
