package ekg.graph.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ekg.graph.build.BuildReport;
import ekg.graph.store.Generations;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a rebuild did, as the JSON file a scheduler or a person reads the morning after: inputs, which
 * articles were added, changed, unchanged (copied) or removed, the failures with their reasons, triples
 * before and after, SHACL violations, and how long each phase took.
 */
public record RebuildReport(Outcome outcome, int exitCode, String message, String startedAt, List<String> inputs,
                            String generation, String previous, boolean switched, Articles articles,
                            List<BuildReport.Failure> failures, Triples triples, List<String> violations,
                            Timings timings) {

    public RebuildReport {
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
        violations = List.copyOf(violations);
    }

    /** Article counts, and the ids behind the changes. */
    public record Articles(long read, long added, long changed, long unchanged, long removed, long failed,
                           long stored, List<String> addedIds, List<String> changedIds, List<String> removedIds) {
    }

    /** Triples in the article graphs of the new and the previous generation. */
    public record Triples(long total, long previous) {
    }

    /** Milliseconds spent extracting, copying unchanged articles (and refreshing the shared graphs), validating, in all. */
    public record Timings(long extractMs, long copyMs, long validateMs, long totalMs) {
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the rebuild report as JSON", e);
        }
    }

    /** Writes the JSON report to {@code file} atomically, creating its folder. */
    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        Generations.writeAtomically(file, toJson());
    }

    /** The one line printed at the end of the run. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s (exit %d): %s; articles: %d added, %d changed, %d unchanged, %d removed, %d failed, %d stored;"
                        + " triples: %d (before: %d); %.1f s",
                outcome, exitCode, message, articles.added, articles.changed, articles.unchanged, articles.removed,
                articles.failed, articles.stored, triples.total, triples.previous, timings.totalMs / 1000.0);
    }
}
