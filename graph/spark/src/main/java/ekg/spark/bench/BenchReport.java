package ekg.spark.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints a spark-bench run: the two builds side by side, their ratios, then the Spark job's stages. */
final class BenchReport {
    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void print(String command, String input, int cores, String heap, String master, Measured rebuild, Measured spark,
               Path stages) {
        out.println("command: " + command);
        out.printf(Locale.ROOT, "%s; %d cores (rebuild --threads %d, Spark %s); -Xmx%s; Java %s%n",
                input, cores, cores, master, heap, System.getProperty("java.version"));
        out.println();
        out.printf(Locale.ROOT, "%-52s %14s %14s%n", "", "ekg rebuild", "spark-build");
        row("outcome (exit code)", rebuild.outcome() + " (" + rebuild.ran().exitCode() + ")",
                spark.outcome() + " (" + spark.ran().exitCode() + ")");
        row("wall s (JVM start to exit)", seconds(rebuild.ran().seconds()), seconds(spark.ran().seconds()));
        row("job s (the report's total)", seconds(rebuild.jobSeconds()), seconds(spark.jobSeconds()));
        row("articles stored", count(rebuild.stored()), count(spark.stored()));
        row("quads in store", count(rebuild.quads()), count(spark.quads()));
        boolean apart = spark.executorHeapMb() >= 0;
        row(apart ? "heap after GC, peak MB: driver JVM" : "heap after GC, peak MB: the JVM (driver + executor)",
                count(rebuild.driverHeapMb()), count(spark.driverHeapMb()));
        if (apart) row("heap after GC, peak MB: executor JVM", "-", count(spark.executorHeapMb()));
        out.printf(Locale.ROOT, "%-52s %14s%n", "spark-build / rebuild, wall", ratio(spark.ran().seconds(), rebuild.ran().seconds()));
        out.printf(Locale.ROOT, "%-52s %14s%n", "spark-build / rebuild, job", ratio(spark.jobSeconds(), rebuild.jobSeconds()));
        out.println("(logs: " + rebuild.log() + ", " + spark.log() + ")");
        out.println();
        stages(stages);
    }

    private void stages(Path file) {
        if (!Files.isRegularFile(file)) {
            out.println("Spark stages: none recorded (" + file + " missing)");
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        out.println("Spark stages (stage time; summed task time; records written; shuffle read and written, MB and records)");
        out.printf(Locale.ROOT, "%5s %-40s %6s %9s %9s %11s %18s %18s%n", "stage", "name", "tasks", "s", "task s",
                "out recs", "shuffle read", "shuffle write");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String name = f[1].length() > 40 ? f[1].substring(0, 40) : f[1];
            out.printf(Locale.ROOT, "%5s %-40s %6s %9s %9s %11s %18s %18s%n", f[0], name, f[2], f[3], f[4], f[6],
                    mbRecords(f[8], f[7]), mbRecords(f[10], f[9]));
        }
    }

    private static String mbRecords(String bytes, String records) {
        return String.format(Locale.ROOT, "%.1f (%s)", Long.parseLong(bytes) / 1048576.0, records);
    }

    private void row(String label, String a, String b) {
        out.printf(Locale.ROOT, "%-52s %14s %14s%n", label, a, b);
    }

    private static String seconds(double s) {
        return s < 0 ? "-" : String.format(Locale.ROOT, "%.1f", s);
    }

    private static String count(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }

    private static String ratio(double a, double b) {
        return a <= 0 || b <= 0 ? "-" : String.format(Locale.ROOT, "%.3f", a / b);
    }
}
