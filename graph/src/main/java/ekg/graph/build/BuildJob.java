package ekg.graph.build;

import ekg.graph.store.ArticleQuads;
import ekg.graph.store.BulkLoad;
import ekg.graph.store.EkgStore;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.Article;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Extracts articles on every core and writes them into the store in batches, one transaction per
 * batch: a crash loses at most the batch in flight, never a half-written article. Memory stays
 * bounded by the number of articles in flight, whatever the size of the corpus.
 *
 * <pre>{@code
 * BuildReport r = new BuildJob(extractor, store, 2, System.err).run(articles, readFailures);
 * }</pre>
 */
public final class BuildJob {
    private static final int BATCH = 64;
    private static final Object END = new Object();

    private final Extractor extractor;
    private final EkgStore store;
    private final int threads;
    private final PrintStream log;
    private FailureHandler.OnError onError = FailureHandler.OnError.SKIP;
    private BulkLoad bulk;

    public BuildJob(Extractor extractor, EkgStore store, int threads, PrintStream log) {
        if (threads < 1) throw new IllegalArgumentException("threads < 1: " + threads);
        this.extractor = extractor;
        this.store = store;
        this.threads = threads;
        this.log = log;
    }

    /** What to do when an article fails: skip it and report (the default), or stop the run. */
    public BuildJob onError(FailureHandler.OnError policy) {
        this.onError = policy;
        return this;
    }

    /**
     * Writes through a bulk load of a new generation instead of a transaction per batch (see
     * {@link BulkLoad}); the load is finished when the run ends.
     */
    public BuildJob writingTo(BulkLoad load) {
        this.bulk = load;
        return this;
    }

    /**
     * Builds every article the iterator yields. Failures of reading (reported by the reader through
     * {@link #reporting}) and of extraction go to the same handler and end up in the report; under
     * {@link FailureHandler.OnError#SKIP} the rest of the batch goes on, under FAIL the run stops and throws.
     */
    public BuildReport run(Iterator<Article> articles, List<BuildReport.Failure> failures) {
        long t0 = System.nanoTime();
        FailureHandler handler = reporting(failures);
        int failedBefore = failures.size();
        AtomicLong extractionFailed = new AtomicLong();
        AtomicReference<RuntimeException> stop = new AtomicReference<>();
        BlockingQueue<Object> done = new ArrayBlockingQueue<>(threads * 4);
        Writer writer = new Writer(done, failures);
        Thread writerThread = new Thread(writer, "ekg-writer");
        writerThread.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "ekg-extract"));
        Semaphore inFlight = new Semaphore(threads * 2);
        long read = 0;
        try {
            while (stop.get() == null && articles.hasNext()) {
                Article a = articles.next();
                read++;
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        put(done, extractor.quads(a));
                    } catch (RuntimeException | StackOverflowError e) {
                        extractionFailed.incrementAndGet();
                        try {
                            handler.failed(a.metadata().source(), reason(e), e);
                        } catch (RuntimeException stopped) {
                            stop.compareAndSet(null, stopped);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            put(done, END);
            joinQuietly(writerThread);
        }
        if (bulk != null) bulk.finish();
        if (writer.error != null) throw writer.error;
        if (stop.get() != null) throw stop.get();
        synchronized (failures) {
            // "read" counts every article met, those the reader could not read too, as a rebuild's report does.
            long unreadable = failures.size() - failedBefore - extractionFailed.get();
            // What the store holds is counted by the caller, once the shared graphs are refreshed too.
            return new BuildReport(read + unreadable, writer.stored, writer.notGerman, failures, writer.quads,
                    BuildReport.NOT_COUNTED, Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    /**
     * The run's failure handler, for the reader too: it says each failure on the log, records it for the
     * report in {@code failures}, and applies the run's {@link #onError policy}.
     */
    public FailureHandler reporting(List<BuildReport.Failure> failures) {
        return onError.around((input, reason, cause) -> {
            log.println("ekg: skipped " + input + ": " + reason);
            synchronized (failures) {
                failures.add(new BuildReport.Failure(input, reason));
            }
        });
    }

    /** A refused or abandoned article says why in its own words; anything else is an extraction failure. */
    private static String reason(Throwable e) {
        return e instanceof Guard.ArticleRefused ? e.getMessage() : "extraction failed: " + e;
    }

    private final class Writer implements Runnable {
        private final BlockingQueue<Object> done;
        private final List<BuildReport.Failure> failed;
        private final Progress progress = new Progress(log, 5);
        volatile long stored;
        volatile long notGerman;
        volatile long quads;
        volatile RuntimeException error;

        Writer(BlockingQueue<Object> done, List<BuildReport.Failure> failed) {
            this.done = done;
            this.failed = failed;
        }

        @Override
        public void run() {
            boolean end = false;
            while (!end) {
                List<Object> batch = new ArrayList<>();
                batch.add(take(done));
                done.drainTo(batch, BATCH - 1);
                List<ArticleQuads> articles = new ArrayList<>();
                for (Object o : batch) {
                    if (o == END) end = true;
                    else articles.add((ArticleQuads) o);
                }
                write(articles);
            }
        }

        private void write(List<ArticleQuads> articles) {
            if (articles.isEmpty() || error != null) return;
            try {
                if (bulk != null) bulk.write(articles);
                else store.replace(articles);
                stored += articles.size();
                notGerman += articles.stream().filter(a -> !a.extracted()).count();
                quads += articles.stream().mapToLong(a -> a.quads().size()).sum();
                progress.tick(stored, failed.size(), quads);
            } catch (RuntimeException e) {
                error = e;
            }
        }
    }

    private static Object take(BlockingQueue<Object> q) {
        while (true) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void put(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing an article to the writer", e);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: extraction of a large article can take a while
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
