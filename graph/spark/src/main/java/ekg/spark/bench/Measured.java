package ekg.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One measured build: how its JVM ran, what its JSON report says (job time, articles and quads stored),
 * and the peak heap after collection of its driver JVM and, when they ran apart, its executor JVMs.
 *
 * @param jobSeconds     the report's total time, -1 without a report
 * @param executorHeapMb -1 when no executor JVM of its own ran
 */
record Measured(ChildJvm.Ran ran, String outcome, double jobSeconds, long stored, long quads, long driverHeapMb,
                long executorHeapMb, Path log) {

    /** A build the run left out: every figure unknown. */
    static Measured notRun(Path dir) {
        return new Measured(new ChildJvm.Ran(0, -1), "not run", -1, -1, -1, -1, -1, dir);
    }

    static Measured of(ChildJvm.Ran ran, Path dir, String driverGcLog, String executorGcPrefix, Path log) {
        long driver = GcLog.peakAfterGcMb(dir.resolve(driverGcLog));
        long executors = executorGcPrefix == null ? -1 : GcLog.peakAfterGcMb(dir, executorGcPrefix);
        Path report = dir.resolve("report.json");
        if (!Files.isRegularFile(report)) return new Measured(ran, "no report", -1, 0, 0, driver, executors, log);
        try {
            JsonNode r = new ObjectMapper().readTree(report.toFile());
            return new Measured(ran, r.path("outcome").asText(), r.path("timings").path("totalMs").asLong() / 1000.0,
                    r.path("articles").path("stored").asLong(), r.path("triples").path("inStore").asLong(), driver,
                    executors, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report " + report, e);
        }
    }
}
