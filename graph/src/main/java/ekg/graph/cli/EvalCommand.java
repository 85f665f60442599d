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
                "Prints each score with its counts, then every missed quote, false positive and failed group."},
        footer = {"", "Example:", "  ekg eval seeds/gold.json seeds", "  ekg eval gold.json articles --json"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<gold.json>", description = "The gold file.")
    Path gold;

    @Parameters(index = "1", paramLabel = "<articles>", description = "The articles (a folder or a file).")
    Path articles;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) throw new IllegalArgumentException("no gold file " + gold);
        if (!Files.exists(articles)) throw new IllegalArgumentException("no such file or folder: " + articles);
        GoldFile goldFile = GoldFile.read(gold);
        Path db = Files.createTempDirectory("ekg-eval");
        try {
            Evaluation e = evaluate(goldFile, db);
            System.out.print(json ? e.json() : e.report());
            return 0;
        } finally {
            deleteTree(db);
        }
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
