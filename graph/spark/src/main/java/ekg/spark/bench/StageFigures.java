package ekg.spark.bench;

import org.apache.spark.SparkConf;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes one tab-separated line per completed Spark stage to the file named by {@value #FILE}: what a
 * cost estimate for a larger corpus scales from (time, task time, records in and out, shuffle bytes).
 * Spark makes it from {@code spark.extraListeners}, so the job itself needs no change to be measured.
 *
 * <pre>{@code
 * java -Dspark.extraListeners=ekg.spark.bench.StageFigures -Dspark.ekg.stageFigures=/tmp/stages.tsv ... ekg.spark.SparkBuild ...
 * }</pre>
 */
public final class StageFigures extends SparkListener {
    /** The Spark setting that names the output file. */
    public static final String FILE = "spark.ekg.stageFigures";
    static final List<String> COLUMNS = List.of("stage", "name", "tasks", "seconds", "taskSeconds", "inputRecords",
            "outputRecords", "shuffleReadRecords", "shuffleReadBytes", "shuffleWriteRecords", "shuffleWriteBytes");

    private final Path file;

    public StageFigures(SparkConf conf) {
        this.file = Path.of(conf.get(FILE));
        write(String.join("\t", COLUMNS) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo s = event.stageInfo();
        TaskMetrics m = s.taskMetrics();
        long ms = s.completionTime().isDefined() && s.submissionTime().isDefined()
                ? (Long) s.completionTime().get() - (Long) s.submissionTime().get() : 0;
        String name = s.name().replaceAll("\\s+", " ");
        String line = String.format(Locale.ROOT, "%d\t%s\t%d\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%d%n", s.stageId(), name,
                s.numTasks(), ms / 1000.0, m.executorRunTime() / 1000.0, m.inputMetrics().recordsRead(),
                m.outputMetrics().recordsWritten(), m.shuffleReadMetrics().recordsRead(),
                m.shuffleReadMetrics().totalBytesRead(), m.shuffleWriteMetrics().recordsWritten(),
                m.shuffleWriteMetrics().bytesWritten());
        write(line, StandardOpenOption.APPEND);
    }

    private synchronized void write(String text, StandardOpenOption mode) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write stage figures to " + file, e);
        }
    }
}
