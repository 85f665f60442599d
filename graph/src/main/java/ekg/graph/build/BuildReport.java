package ekg.graph.build;

import java.time.Duration;
import java.util.List;

/**
 * What a build did: articles read (unreadable ones included), stored and failed (with reasons), of the
 * stored how many were left unextracted as not German, quads written and in the store (every graph,
 * counted after the shared graphs were refreshed: {@link #withInStore}), time taken.
 */
public record BuildReport(long read, long stored, long notGerman, List<Failure> failures, long quadsWritten,
                          long quadsInStore, Duration time) {
    /** {@link #quadsInStore} before anyone counted the store. */
    public static final long NOT_COUNTED = -1;

    public BuildReport {
        failures = List.copyOf(failures);
    }

    /** This report with the quads in store, counted once the articles and the shared graphs are written. */
    public BuildReport withInStore(long quads) {
        return new BuildReport(read, stored, notGerman, failures, quadsWritten, quads, time);
    }

    /** One input that could not be read or extracted. */
    public record Failure(String input, String reason) {
    }

    /** The summary line printed at the end of a build. */
    public String summary() {
        double secs = Math.max(time.toMillis(), 1) / 1000.0;
        return String.format(java.util.Locale.ROOT,
                "articles: %d read, %d stored, %d failed%s; triples: %d written%s; time: %.1f s (%.1f articles/s)",
                read, stored, failures.size(), notGerman == 0 ? "" : ", " + notGerman + " not German (stored unextracted)",
                quadsWritten, quadsInStore == NOT_COUNTED ? "" : ", " + quadsInStore + " in store", secs, stored / secs);
    }
}
