package ekg.graph.cli;

import ekg.graph.query.QueryRunner;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.graph.rebuild.RebuildJob;
import ekg.graph.rebuild.RebuildOptions;
import ekg.graph.rebuild.RebuildReport;
import ekg.graph.store.EkgStore;
import ekg.graph.store.Generations;
import ekg.graph.store.Snapshot;
import ekg.graph.tools.bench.CorpusGenerator;
import ekg.graph.tools.bench.CorpusWriter;
import ekg.graph.tools.bench.Dirs;
import ekg.graph.tools.bench.ExtractionForks;
import ekg.graph.tools.bench.LoadBench;
import ekg.graph.tools.bench.QueryBench;
import org.apache.jena.query.ARQ;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code ekg bench}: extraction, loading, rebuild and query figures for N articles, each with its baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, in one run on a generated corpus of N articles: extraction throughput of ekg's "
                + "pipeline against the bare OpenNLP calls (1 thread and all threads); load throughput of ekg's "
                + "store against Jena's phased bulk loader on the same N-Quads; the time and peak heap of "
                + "'ekg build'; and the median and p95 latency of every query in queries/. Prints a table of "
                + "figures and the command line."},
        footer = {"", "Example:", "  ekg bench --n 1000 --work data/bench"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--n", required = true, paramLabel = "N", description = "Articles to generate and build.")
    int n;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/bench",
            description = "Working folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A corpus from 'ekg gen-corpus' to use instead of generating one into the working folder.")
    Path corpus;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--sample", paramLabel = "K",
            description = "Articles the extraction throughput is measured on (default: ${DEFAULT-VALUE}, at most N).")
    int sample = 500;

    @Option(names = "--forks", paramLabel = "K",
            description = "Fresh JVMs the extraction is measured in, one after the other, each figure their median; "
                    + "0 measures in this JVM (default: ${DEFAULT-VALUE}).")
    int forks = 3;

    @Option(names = "--repeat", paramLabel = "R", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int repeat = 20;

    @Option(names = "--query-timeout", paramLabel = "S",
            description = "Seconds after which a query is cancelled and reported as timed out (default: ${DEFAULT-VALUE}).")
    int queryTimeout = 10;

    @Mixin
    ExtractionOptions extraction;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final BenchTable table = new BenchTable();

    @Override
    public Integer call() throws Exception {
        if (n < 1 || sample < 1 || repeat < 1) throw new IllegalArgumentException("--n, --sample and --repeat must be at least 1");
        if (forks < 0) throw new IllegalArgumentException("--forks must not be negative");
        Path articles = corpus != null ? corpus : generate();
        table.header(command(), n, extraction.threads);
        extractionPhase(articles);
        Path nq = work.resolve("articles.nq");
        rebuildAndQueryPhase(articles, nq);
        try {
            loadPhase(nq);
        } catch (RuntimeException | OutOfMemoryError e) {
            e.printStackTrace();
            table.loadFailed(e);
        }
        return 0;
    }

    private Path generate() {
        Path dir = Dirs.fresh(work.resolve("corpus"));
        System.err.println("ekg bench: generating " + n + " articles ...");
        new CorpusWriter(new CorpusGenerator(extraction.knowledgeBase(), seed, n)).write(n, dir);
        return dir;
    }

    private void extractionPhase(Path articles) throws Exception {
        int k = Math.min(sample, n);
        if (forks == 0) {
            table.extraction(BenchExtractionCommand.measure(extraction, articles, k), extraction.threads);
            return;
        }
        List<String> args = new ArrayList<>(List.of("--corpus", articles.toString(), "--sample", Integer.toString(k),
                "--threads", Integer.toString(extraction.threads), "--max-bytes", Integer.toString(extraction.maxBytes)));
        extraction.kbFiles.forEach(f -> args.addAll(List.of("--kb", f.toString())));
        table.extraction(new ExtractionForks(forks).run(args), extraction.threads);
    }

    private void rebuildAndQueryPhase(Path articles, Path nq) {
        Path db = Dirs.fresh(work.resolve("db"));
        System.err.println("ekg bench: ekg rebuild " + articles + " --db " + db + " ...");
        BenchTable.Phase phase = BenchTable.Phase.start();
        RebuildOptions options = new RebuildOptions(1.0, 1.0, false, true, extraction.threads, extraction.maxBytes);
        Provenance provenance = extraction.provenance();
        String key = Snapshot.extractionKey(provenance.toolVersion(), provenance.models());
        RebuildReport r = new RebuildJob(Generations.at(db), extraction.extractor(), extraction.sharedGraphs(), key,
                options, System.err).run(List.of(articles));
        if (!r.switched()) throw new IllegalStateException("the rebuild did not go live: " + r.message());
        table.rebuild(r, phase.end(), Dirs.sizeMb(db));
        try (EkgStore store = EkgStore.open(db)) {
            System.err.println("ekg bench: queries ...");
            store.datasetGraph().getContext().set(ARQ.queryTimeout, String.valueOf(queryTimeout * 1000L));
            QueryBench queries = new QueryBench(new QueryRunner(store.dataset()), 3, repeat);
            for (Path file : BenchTable.queryFiles()) queries.measure(BenchTable.load(file)).forEach(table::query);
            LoadBench.dumpArticles(store, Iris.DEFAULT, nq);
        }
    }

    /**
     * Above this many articles the transactional load (as 'ekg build' writes) is left out: at about a
     * third of the bulk loader's speed it would take longer than everything else together.
     */
    private static final int REPLACE_LOAD_MAX = 1_000;

    /**
     * Up to this many articles (loads of under a minute) the two bulk loads each run several times, taking
     * turns, after one warm-up run of each that is not counted: the first load in the JVM pays alone for
     * the cold N-Quads parser and loader code (at 1k articles 6.3 s against 2.8 s warm), and with three
     * counted runs that cold one was ekg's median. The median of each is reported, and every round's ratio.
     */
    private static final int REPEATED_LOAD_MAX = 10_000;

    /** Counted rounds: loads of 1k articles take about 3 s, and their disk time varies by a tenth. */
    private int loadRounds() {
        return n <= REPLACE_LOAD_MAX ? 7 : n <= REPEATED_LOAD_MAX ? 3 : 1;
    }

    private void loadPhase(Path nq) {
        System.err.println("ekg bench: loading " + nq + " ...");
        int rounds = loadRounds();
        List<Measured> bulks = new ArrayList<>();
        List<Measured> jenas = new ArrayList<>();
        Function<Path, LoadBench.Load> ekgBulk = dir -> LoadBench.ekgBulk(nq, dir, Iris.DEFAULT);
        Function<Path, LoadBench.Load> jenaBulk = dir -> LoadBench.jena(nq, dir);
        if (rounds > 1) {
            measureLoad("load-ekg-bulk", ekgBulk);
            measureLoad("load-jena", jenaBulk);
        }
        for (int r = 0; r < rounds; r++) {
            boolean ekgFirst = r % 2 == 1;
            if (ekgFirst) bulks.add(measureLoad("load-ekg-bulk", ekgBulk));
            jenas.add(measureLoad("load-jena", jenaBulk));
            if (!ekgFirst) bulks.add(measureLoad("load-ekg-bulk", ekgBulk));
        }
        Measured ekg = n <= REPLACE_LOAD_MAX ? measureLoad("load-ekg", dir -> LoadBench.ekg(nq, dir, Iris.DEFAULT)) : null;
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) ratios.add(jenas.get(r).load().seconds() / bulks.get(r).load().seconds());
        Measured bulk = Measured.median(bulks);
        Measured jena = Measured.median(jenas);
        table.load(bulk.load(), bulk.heapMb(), ekg == null ? null : ekg.load(), ekg == null ? 0 : ekg.heapMb(),
                jena.load(), jena.heapMb(), ratios);
    }

    /** One load and the peak heap during it. */
    private record Measured(LoadBench.Load load, long heapMb) {
        static Measured median(List<Measured> runs) {
            List<Measured> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingDouble(m -> m.load().seconds()));
            return sorted.get(sorted.size() / 2);
        }
    }

    /** Loads into a fresh folder of the working folder, deleted once measured: at 100k articles each copy holds 12-13 GB. */
    private Measured measureLoad(String folder, Function<Path, LoadBench.Load> load) {
        Path dir = work.resolve(folder);
        BenchTable.Phase phase = BenchTable.Phase.start();
        LoadBench.Load l = load.apply(Dirs.fresh(dir));
        long heap = phase.end().peakHeapMb();
        Dirs.delete(dir);
        return new Measured(l, heap);
    }

    private String command() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return "ekg " + String.join(" ", args) + "   (" + Instant.now() + ")";
    }
}
