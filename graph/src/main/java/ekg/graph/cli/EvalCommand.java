package ekg.graph.cli;

import ekg.graph.build.BuildReport;
import ekg.graph.eval.StoreExtraction;
import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import ekg.ingest.eval.Evaluation;
import ekg.ingest.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code ekg eval}: builds the articles into a throw-away store exactly as {@code ekg build} does, reads
 * back what the graph says, and scores it against a gold file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Builds the articles into a temporary store, as 'ekg build' does, and scores what the graph",
                "holds against a gold file (quotes, entities, events; a section the file lacks is skipped).",
                "Seed-format gold: prints each score with its counts, then every missed quote, false positive",
                "and failed group. Development-set gold (quotes with spans, entities with mentions, events with",
                "triggers): prints speech per mode, mentions per type and kind, events per type; --misses N",
                "lists cases to read. An events.json beside the gold file is scored too unless --events says",
                "otherwise."},
        footer = {"", "Example:", "  ekg eval seeds/gold.json seeds", "  ekg eval gold.json articles --json",
                "  ekg eval my-set/gold.json my-set/articles --misses 10"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<gold.json>", description = "The gold file.")
    Path gold;

    @Parameters(index = "1", paramLabel = "<articles>", description = "The articles (a folder or a file).")
    Path articles;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--misses", paramLabel = "N", description = "List up to N missed and wrong cases of each kind "
            + "(default: every failure of a seed-format section, none of a development-set one).")
    Integer misses;

    @Option(names = "--events", paramLabel = "<events.json>", description = "An event gold file to score besides "
            + "the gold file (default: events.json beside the gold file, when the gold file has no events).")
    Path events;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) throw new IllegalArgumentException("no gold file " + gold);
        if (!Files.exists(articles)) throw new IllegalArgumentException("no such file or folder: " + articles);
        GoldFile goldFile = withEvents(GoldFile.read(gold));
        Path db = Files.createTempDirectory("ekg-eval");
        try {
            Evaluation e = evaluate(goldFile, db);
            int n = misses == null ? -1 : Math.max(0, misses);
            System.out.print(json ? e.json(n) : e.report(n));
            return 0;
        } finally {
            deleteTree(db);
        }
    }

    /** The gold with the events of {@code --events}, or of an events.json beside it when it has none. */
    private GoldFile withEvents(GoldFile g) {
        Path file = events;
        if (file == null && g.events() == null && g.dev().events() == null) {
            Path beside = gold.toAbsolutePath().resolveSibling("events.json");
            if (Files.isRegularFile(beside) && !beside.equals(gold.toAbsolutePath())) file = beside;
        }
        if (file == null) return g;
        System.err.println("ekg: events scored from " + file);
        return g.withEvents(GoldFile.read(file));
    }

    private Evaluation evaluate(GoldFile goldFile, Path db) {
        try (EkgStore store = EkgStore.open(db)) {
            BuildReport report = extraction.buildInto(store, List.of(articles));
            report.failures().forEach(f -> System.err.println("ekg: failed " + f.input() + ": " + f.reason()));
            System.err.println("ekg: " + report.summary());
            return Evaluation.of(goldFile, StoreExtraction.read(store.dataset(), Iris.DEFAULT));
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary store " + dir, e);
        }
    }
}
