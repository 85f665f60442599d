package ekg.graph.build;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Keeps one article from holding up a batch. OpenNLP's tokenizer takes time quadratic in the length of
 * a token (seconds at 50 KB without a space, hours at megabytes), so an article with a longer run of
 * non-space characters than {@code maxToken} is refused before any stage sees it; and a watchdog
 * abandons an article whose extraction takes longer than {@code timeout}, so the rest of the batch goes on.
 * An abandoned extraction is interrupted and stops at its next stage; until then it runs on a daemon thread.
 *
 * <pre>{@code
 * Doc d = new Guard(1000, Duration.ofMinutes(5)).run(article.text(), () -> pipeline.process(doc));
 * }</pre>
 */
public record Guard(int maxToken, Duration timeout) {
    public static final int DEFAULT_MAX_TOKEN = 1000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final Guard DEFAULT = new Guard(DEFAULT_MAX_TOKEN, DEFAULT_TIMEOUT);
    /** No limits: for benchmarks that measure the bare pipeline. */
    public static final Guard NONE = new Guard(Integer.MAX_VALUE, Duration.ZERO);

    private static final ExecutorService WATCHED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ekg-watched-extraction");
        t.setDaemon(true);
        return t;
    });

    public Guard {
        if (maxToken < 1) throw new IllegalArgumentException("maxToken < 1: " + maxToken);
        if (timeout == null || timeout.isNegative()) throw new IllegalArgumentException("timeout must be zero (none) or positive");
    }

    /** Checks {@code text}, then runs {@code work} under the watchdog; a refused or abandoned article throws. */
    public <T> T run(String text, Supplier<T> work) {
        int longest = longestToken(text);
        if (longest > maxToken) {
            throw new ArticleRefused("a run of " + longest + " characters without a space (at most " + maxToken
                    + " are read as one token); refused, not extracted");
        }
        if (timeout.isZero()) return work.get();
        Future<T> f = WATCHED.submit(work::get);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ArticleRefused("extraction took longer than " + timeout.toSeconds() + " s; abandoned");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for an extraction");
        }
    }

    /** The length of the longest run of non-whitespace characters. */
    static int longestToken(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }

    /** An article the guard would not extract, or gave up on. */
    public static final class ArticleRefused extends RuntimeException {
        ArticleRefused(String message) {
            super(message);
        }
    }
}
