package ekg.spark.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Spark's worker needs to start executors as JVMs of their own ({@code local-cluster} master): a
 * {@code SPARK_HOME} whose {@code jars/} folder holds Spark's jars (links to those the build resolved,
 * listed in {@code target/classpath-spark.txt}), and ekg's jars for the executors' extra classpath.
 */
record SparkHome(Path home, String executorClassPath) {

    /** Makes {@code home} from the Spark classpath file; ekg's jars are the rest of this JVM's classpath. */
    static SparkHome make(Path home, Path sparkClassPathFile) {
        try {
            List<String> spark = Arrays.asList(Files.readString(sparkClassPathFile).trim().split(File.pathSeparator));
            Path jars = Files.createDirectories(home.resolve("jars"));
            Set<String> names = new HashSet<>();
            for (String jar : spark) {
                Path p = Path.of(jar);
                if (names.add(p.getFileName().toString())) Files.createSymbolicLink(jars.resolve(p.getFileName()), p);
            }
            Set<String> sparkJars = new HashSet<>(spark);
            List<String> ekg = new ArrayList<>();
            for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!sparkJars.contains(e)) ekg.add(e);
            }
            return new SparkHome(home, String.join(File.pathSeparator, ekg));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a Spark home in " + home + " from " + sparkClassPathFile, e);
        }
    }
}
