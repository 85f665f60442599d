package ekg.graph.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ekg.graph.build.BuildReport;
import ekg.graph.store.Generations;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a rebuild did, as the JSON file a scheduler or a person reads the morning after: inputs, which
 * articles were added, changed, re-extracted, unchanged (copied; moved when their file did) or removed,
 * the failures with their reasons, triples before and after, SHACL violations, and how long each phase
 * took. Every run keeps its own file; the latest real run's is also at a fixed name (see {@link #write}).
 */
public record RebuildReport(Outcome outcome, int exitCode, String message, String startedAt, List<String> inputs,
                            String generation, String previous, boolean switched, Articles articles,
                            List<BuildReport.Failure> failures, Triples triples, List<String> violations,
                            Timings timings) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    public RebuildReport {
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
        violations = List.copyOf(violations);
    }

    /**
     * Article counts, and the ids behind the changes. Read counts every article met, unreadable ones
     * too, as {@code ekg build} does; changed means other content, re-extracted the same content
     * extracted again (other ekg or model versions, or {@code --full}); moved ones are among the unchanged.
     */
    public record Articles(long read, long added, long changed, long reextracted, long unchanged, long moved,
                           long removed, long failed, long stored, IdList addedIds, IdList changedIds,
                           List<String> movedIds, IdList removedIds) {
    }

    /**
     * Triples of the new generation: in store (shared graphs included, as {@code ekg build} counts them),
     * in its article graphs and in the shared graphs; and in the article graphs of the generation before.
     */
    public record Triples(long inStore, long articles, long shared, long previous) {
    }

    /** Milliseconds spent extracting, copying unchanged articles (and refreshing the shared graphs), validating, in all. */
    public record Timings(long extractMs, long copyMs, long validateMs, long totalMs) {
    }

    public String toJson() {
        try {
            return writer().writeValueAsString(this) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the rebuild report as JSON", e);
        }
    }

    /** Writes the JSON to {@code file} as it is made: the lists of ids are read while they are written. */
    public void writeJson(Path file) {
        try (java.io.Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            writer().writeValue(out, this);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot write the rebuild report " + file, e);
        }
    }

    private static com.fasterxml.jackson.databind.ObjectWriter writer() {
        return new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Writes this run's own report, {@code reports/rebuild-report-<start time>.json} beside {@code latest},
     * and the same to {@code latest}, unless the run found another one busy: that must not hide the last
     * real run's report. Returns the run's own file.
     */
    public Path write(Path latest) {
        Path dir = latest.toAbsolutePath().getParent().resolve("reports");
        String stem = latest.getFileName().toString().replaceFirst("\\.json$", "");
        String time = STAMP.format(Instant.parse(startedAt));
        Path own = dir.resolve(stem + "-" + time + ".json");
        try {
            Files.createDirectories(dir);
            for (int n = 2; Files.exists(own); n++) own = dir.resolve(stem + "-" + time + "-" + n + ".json");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot create the report folder " + dir, e);
        }
        Generations.writeAtomically(own, this::writeJson);
        Path written = own;
        if (outcome != Outcome.BUSY) Generations.writeAtomically(latest, tmp -> copy(written, tmp));
        return own;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    /** The one line printed at the end of the run. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s (exit %d): %s; articles: %d read, %d added, %d changed, %d re-extracted, %d unchanged (%d moved),"
                        + " %d removed, %d failed, %d stored; triples: %d in store, %d in article graphs (before: %d); %.1f s",
                outcome, exitCode, message, articles.read, articles.added, articles.changed, articles.reextracted,
                articles.unchanged, articles.moved, articles.removed, articles.failed, articles.stored, triples.inStore,
                triples.articles, triples.previous, timings.totalMs / 1000.0);
    }
}
