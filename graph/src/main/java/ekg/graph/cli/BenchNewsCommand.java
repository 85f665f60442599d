package ekg.graph.cli;

import ekg.graph.tools.bench.ExtractionBench;
import ekg.graph.tools.bench.ExtractionBench.Comparison;
import ekg.ingest.GermanPipeline;
import ekg.ingest.read.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ekg bench-news}: extraction against the bare OpenNLP calls on articles seen once, after the JIT
 * has settled on other articles ({@link ExtractionBench#compareSeenOnce}).
 */
@Command(name = "bench-news", mixinStandardHelpOptions = true,
        description = "Extraction speed on articles each seen once (a stream of news), against bare OpenNLP, one thread.")
final class BenchNewsCommand implements Callable<Integer> {

    @Option(names = "--warm-up", required = true, paramLabel = "PATH",
            description = "Articles to settle the JIT on (e.g. a corpus of 'ekg gen-corpus'); not timed.")
    Path warmUp;

    @Option(names = "--sample", paramLabel = "K", description = "Warm-up articles (default: ${DEFAULT-VALUE}).")
    int sample = 500;

    @Option(names = "--articles", required = true, paramLabel = "PATH",
            description = "The articles timed, each once (a file or folder of .txt/.json/.jsonl).")
    Path articles;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        List<Article> warm = read(warmUp, sample);
        List<Article> news = read(articles, Integer.MAX_VALUE);
        System.err.println("ekg bench-news: warm-up on " + warm.size() + " articles ...");
        ExtractionBench bench = new ExtractionBench(GermanPipeline.create(extraction.knowledgeBase()), warm);
        System.err.println("ekg bench-news: JIT settled after " + bench.warmUpPasses() + " passes; "
                + news.size() + " articles, each once ...");
        Comparison c = bench.compareSeenOnce(news);
        System.out.printf("articles seen once                %d%n", news.size());
        System.out.printf("bare OpenNLP articles/s           %.1f%n", c.bare().articlesPerSecond());
        System.out.printf("ekg pipeline articles/s           %.1f%n", c.pipeline().articlesPerSecond());
        System.out.printf("ekg / bare                        %.3f%n", c.ratio());
        return 0;
    }

    private List<Article> read(Path input, int max) {
        List<Article> out = BenchExtractionCommand.read(extraction, input, max,
                (in, reason, cause) -> System.err.println("ekg bench-news: skipped " + in + ": " + reason));
        if (out.isEmpty()) throw new IllegalArgumentException("no readable articles in " + input);
        return out;
    }
}
