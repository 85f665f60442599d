package ekg.graph.cli;

import ekg.graph.tools.bench.ExtractionBench;
import ekg.graph.tools.bench.ExtractionForks;
import ekg.ingest.GermanPipeline;
import ekg.ingest.read.Article;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.ArticleBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ekg bench-extraction}, hidden: the extraction comparison of {@code ekg bench} in a JVM of its
 * own, printing one line of figures for the bench that started it ({@link ExtractionForks}).
 */
@Command(name = "bench-extraction", hidden = true,
        description = "The extraction part of 'ekg bench' in this JVM alone; prints one line of figures.")
final class BenchExtractionCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "Articles (a file or folder).")
    Path corpus;

    @Option(names = "--sample", paramLabel = "K", description = "Articles measured on (default: ${DEFAULT-VALUE}).")
    int sample = 500;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        System.out.println(measure(extraction, corpus, sample).line());
        return 0;
    }

    /** The first {@code sample} articles of {@code corpus}, ekg's pipeline against the bare calls on them. */
    static ExtractionForks.Figures measure(ExtractionOptions extraction, Path corpus, int sample) throws Exception {
        List<Article> sampled = read(extraction, corpus, sample, (input, reason, cause) -> { });
        System.err.println("ekg bench: extraction on " + sampled.size() + " articles ...");
        ExtractionBench b = new ExtractionBench(GermanPipeline.create(extraction.knowledgeBase()), sampled);
        System.err.println("ekg bench: JIT settled after " + b.warmUpPasses() + " warm-up passes");
        return new ExtractionForks.Figures(b.articles(), b.tokens(), b.compare(1), b.compare(extraction.threads));
    }

    /** Up to {@code max} articles of {@code input}, in reading order; {@code failures} hears of the rest. */
    static List<Article> read(ExtractionOptions extraction, Path input, int max, FailureHandler failures) {
        List<Article> out = new ArrayList<>();
        try (ArticleBatch batch = extraction.reader(failures).open(List.of(input))) {
            while (batch.hasNext() && out.size() < max) out.add(batch.next());
        }
        return out;
    }
}
