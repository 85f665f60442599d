package ekg.graph.build;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Prints a progress line to stderr at most every few seconds, so long runs show they are alive. */
final class Progress {
    private final PrintStream out;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long last = start;

    Progress(PrintStream out, long everySeconds) {
        this.out = out;
        this.everyNanos = TimeUnit.SECONDS.toNanos(everySeconds);
    }

    synchronized void tick(long stored, long failed, long quads) {
        long now = System.nanoTime();
        if (now - last < everyNanos) return;
        last = now;
        double secs = (now - start) / 1e9;
        out.printf(Locale.ROOT, "ekg: %d articles stored, %d failed, %d triples, %.0f s (%.1f articles/s)%n",
                stored, failed, quads, secs, stored / secs);
    }
}
