package ekg.graph.tools.bench;

import ekg.ingest.opennlp.BareOpenNlp;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.read.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Extraction throughput on the same articles: ekg's whole pipeline against the bare OpenNLP calls
 * (sentence, token, POS, name finder), each on one thread and on several, articles handed out one at a
 * time so that every thread stays busy to the end. Both run over every article once before anything is
 * timed (30 articles left the pipeline's code partly unoptimised by the JIT) and once more on the
 * threads of each measurement; each figure is the median of {@value #ROUNDS} timed passes, the two
 * taking turns, so that one garbage collection or a busy moment of the machine does not decide a ratio.
 *
 * <pre>{@code
 * ExtractionBench b = new ExtractionBench(pipeline, sample);
 * double ratio = b.compare(2).ratio();
 * }</pre>
 */
public final class ExtractionBench {
    private static final int ROUNDS = 5;

    private final Pipeline pipeline;
    private final List<Article> articles;
    private final long tokens;

    public ExtractionBench(Pipeline pipeline, List<Article> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles to extract");
        this.pipeline = pipeline;
        this.articles = List.copyOf(articles);
        BareOpenNlp counter = new BareOpenNlp();
        this.tokens = this.articles.stream().mapToLong(a -> counter.process(a.text())).sum();
        warmUp();
    }

    /** Articles and tokens per second; tokens are counted once, by the bare tokenizer, for both runs. */
    public record Throughput(double articlesPerSecond, double tokensPerSecond) {
    }

    public int articles() {
        return articles.size();
    }

    public long tokens() {
        return tokens;
    }

    /** ekg's pipeline and the bare calls on the same articles and threads, measured together. */
    public record Comparison(Throughput bare, Throughput pipeline) {
        public double ratio() {
            return pipeline.tokensPerSecond() / bare.tokensPerSecond();
        }
    }

    /**
     * Both measured on {@code threads} threads, in alternating passes, so that whatever else changes on
     * the machine during the measurement (a collection, another process) falls on both alike.
     */
    public Comparison compare(int threads) throws Exception {
        Supplier<ToIntFunction<Article>> bare = () -> {
            BareOpenNlp tools = new BareOpenNlp();
            return a -> tools.process(a.text());
        };
        Supplier<ToIntFunction<Article>> ekg = () -> a -> pipeline.process(a.toDoc()).tokens().size();
        // One untimed pass of each on these threads first: the first passes on new threads ran up to a
        // third slower for ekg (its larger working set, the collector still sizing the young generation).
        once(threads, bare);
        once(threads, ekg);
        double[] bareSeconds = new double[ROUNDS];
        double[] ekgSeconds = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            bareSeconds[r] = once(threads, bare);
            ekgSeconds[r] = once(threads, ekg);
        }
        return new Comparison(throughput(bareSeconds), throughput(ekgSeconds));
    }

    private void warmUp() {
        BareOpenNlp tools = new BareOpenNlp();
        for (Article a : articles) {
            tools.process(a.text());
            pipeline.process(a.toDoc());
        }
    }

    private Throughput throughput(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return new Throughput(articles.size() / median, tokens / median);
    }

    /** Seconds for one pass over the articles on {@code threads} threads. */
    private double once(int threads, Supplier<ToIntFunction<Article>> worker) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    ToIntFunction<Article> w = worker.get();
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        w.applyAsInt(articles.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
