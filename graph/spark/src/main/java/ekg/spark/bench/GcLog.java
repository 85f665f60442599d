package ekg.spark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The largest heap a JVM kept after a garbage collection, read from its {@code -Xlog:gc} file: what
 * the JVM really held alive, unlike its peak in use, which counts garbage not yet collected. A JVM of
 * its own per measured program, so nothing else's heap is in the figure.
 */
final class GcLog {
    /** {@code [1.2s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 150M->30M(256M) 4.1ms}. */
    private static final Pattern AFTER = Pattern.compile("\\d+[KMG]->(\\d+)([KMG])\\(\\d+[KMG]\\)");
    /**
     * G1's pauses of its concurrent marking, which copy nothing: their "after" is the heap in use, garbage
     * included (a 512 MB driver logged {@code Remark 452M->448M} between collections leaving 230 MB).
     */
    private static final Pattern NOT_COLLECTING = Pattern.compile("Pause (Remark|Cleanup)");

    private GcLog() {
    }

    /** The JVM option that makes a JVM write the log this class reads ({@code %p}: the process id). */
    static String option(Path file) {
        return "-Xlog:gc:file=" + file;
    }

    /** The peak heap after collection in MB over the log files whose names start with {@code prefix} in {@code dir}; -1 when none logged a collection. */
    static long peakAfterGcMb(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) return -1;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .mapToLong(GcLog::peakAfterGcMb).max().orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static long peakAfterGcMb(Path log) {
        long peak = -1;
        try (Stream<String> lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = AFTER.matcher(line);
                if (m.find() && !NOT_COLLECTING.matcher(line).find()) peak = Math.max(peak, mb(Long.parseLong(m.group(1)), m.group(2).charAt(0)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GC log " + log, e);
        }
        return peak;
    }

    private static long mb(long value, char unit) {
        return switch (unit) {
            case 'K' -> value >> 10;
            case 'G' -> value << 10;
            default -> value;
        };
    }
}
