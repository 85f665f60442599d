package ekg.graph.tools.bench;

import ekg.ingest.opennlp.BareOpenNlp;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.read.Article;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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
 * time so that every thread stays busy to the end. Both run over the articles before anything is timed,
 * pass after pass until the JIT has settled (see {@link #warmUp()}), and once more on the threads of each
 * measurement; each figure is the median of {@value #ROUNDS} timed passes, the two taking turns, so that
 * one garbage collection or a busy moment of the machine does not decide a ratio.
 *
 * <pre>{@code
 * ExtractionBench b = new ExtractionBench(pipeline, sample);
 * double ratio = b.compare(2).ratio();
 * }</pre>
 */
public final class ExtractionBench {
    private static final int ROUNDS = 5;
    private static final int CHUNK = 25;
    /** Warm-up passes at most: a pipeline whose code the JIT is still compiling after these is measured so. */
    private static final int MAX_WARM_UP = 12;
    /** The JIT counts as settled once a warm-up pass spends less than this share of its time compiling. */
    private static final double SETTLED = 0.02;

    private final Pipeline pipeline;
    private final List<Article> articles;
    private final long tokens;
    private final int warmUpPasses;

    public ExtractionBench(Pipeline pipeline, List<Article> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles to extract");
        this.pipeline = pipeline;
        this.articles = List.copyOf(articles);
        BareOpenNlp counter = new BareOpenNlp();
        this.tokens = this.articles.stream().mapToLong(a -> counter.process(a.text())).sum();
        this.warmUpPasses = warmUp();
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

    /** How many passes the warm-up took until the JIT settled. */
    public int warmUpPasses() {
        return warmUpPasses;
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

    /**
     * ekg and the bare calls on one thread over articles the pipeline has not seen, each article once:
     * the figure of a stream of news. The passes of {@link #compare} go over the same articles again and
     * again, so every word memo of the pipeline (the tokenizer's cuts, the lexicon's readings) knows
     * all their words when they are timed; here it meets each article's new words as a nightly batch
     * does. The two take turns over chunks of {@value #CHUNK} articles, in alternating order.
     */
    public Comparison compareSeenOnce(List<Article> unseen) {
        if (unseen.isEmpty()) throw new IllegalArgumentException("no articles to extract");
        BareOpenNlp tools = new BareOpenNlp();
        long bareNanos = 0;
        long ekgNanos = 0;
        long words = 0;
        for (int from = 0; from < unseen.size(); from += CHUNK) {
            List<Article> chunk = unseen.subList(from, Math.min(unseen.size(), from + CHUNK));
            boolean bareFirst = from / CHUNK % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                long t0 = System.nanoTime();
                if (bareFirst == (turn == 0)) {
                    for (Article a : chunk) words += tools.process(a.text());
                    bareNanos += System.nanoTime() - t0;
                } else {
                    for (Article a : chunk) pipeline.process(a.toDoc());
                    ekgNanos += System.nanoTime() - t0;
                }
            }
        }
        double n = unseen.size();
        return new Comparison(new Throughput(n / (bareNanos / 1e9), words / (bareNanos / 1e9)),
                new Throughput(n / (ekgNanos / 1e9), words / (ekgNanos / 1e9)));
    }

    /**
     * Passes over the articles until the JIT has settled. The pipeline's stages after the name finder run
     * once or a few times per article, so the optimising compiler reaches them only after thousands of
     * articles, and their methods are large: with one warm-up pass it was still compiling them through
     * the measurements (its thread used 5 to 10 ms of CPU per article, more than half of what the
     * pipeline itself used, against 0.4 to 3.6 ms beside the bare calls). On one thread it compiled on the
     * idle core; on two it took a core's time from the pipeline, which is why ekg seemed to gain less
     * from a second thread than the bare calls did (graph/BENCHMARKS.md).
     */
    private int warmUp() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
        BareOpenNlp tools = new BareOpenNlp();
        int passes = watched ? MAX_WARM_UP : 3;
        for (int pass = 1; pass <= passes; pass++) {
            long compiling = watched ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            for (Article a : articles) {
                tools.process(a.text());
                pipeline.process(a.toDoc());
            }
            double millis = (System.nanoTime() - t0) / 1e6;
            if (watched && pass > 1 && jit.getTotalCompilationTime() - compiling < SETTLED * millis) return pass;
        }
        return passes;
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
