package ekg.spark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A measured program in a fresh JVM of its own, with this JVM's classpath and flags (Spark's
 * {@code --add-opens} among them) and Spark settings, but its own heap limit and GC log, so that neither the other
 * program's classes, JIT nor heap are in its figures.
 */
final class ChildJvm {
    private final List<String> options = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private final String mainClass;

    /** Time from start to exit, and the exit code. */
    record Ran(int exitCode, double seconds) {
    }

    ChildJvm(String mainClass, String maxHeap) {
        this.mainClass = mainClass;
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-Xms") && !a.startsWith("-Xlog") && !a.startsWith("-agentlib")
                    && !a.startsWith("-javaagent") && !a.startsWith("-XX:SharedArchiveFile")
                    && !a.startsWith("-XX:ArchiveClassesAtExit")) {
                options.add(a);
            }
        }
        // Spark's settings of this JVM (web UI off, loopback address), however they were set.
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith("spark.") && options.stream().noneMatch(o -> o.startsWith("-D" + k + "="))) {
                options.add("-D" + k + "=" + System.getProperty(k));
            }
        }
        options.add("-Xmx" + maxHeap);
    }

    ChildJvm option(String o) {
        options.add(o);
        return this;
    }

    ChildJvm args(List<String> a) {
        args.addAll(a);
        return this;
    }

    /** Runs it to the end, its output into {@code log}; {@code env} is added to this JVM's environment. */
    Ran run(Path log, Map<String, String> env) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        try {
            Files.writeString(log, "");
            int code = pb.start().waitFor();
            return new Ran(code, (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + mainClass + " ran", e);
        }
    }
}
