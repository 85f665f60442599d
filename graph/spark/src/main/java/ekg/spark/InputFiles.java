package ekg.spark;

import ekg.graph.build.BuildReport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the files to read on any Hadoop file system (local, {@code hdfs://}, {@code s3a://}), in the order
 * and under the names {@code ekg build} uses: arguments as given, folders depth-first with entries sorted
 * by name; hidden entries, gold files and files of other types inside folders are passed over. Only
 * names are listed here; the files are read on the executors.
 *
 * <pre>{@code
 * InputFiles listed = InputFiles.list(List.of("seeds", "hdfs://nn/news/2026"), hadoopConf);
 * }</pre>
 */
record InputFiles(List<InputFile> files, List<BuildReport.Failure> failures, long ignored) {
    private static final String GOLD = "gold.json";

    static InputFiles list(List<String> arguments, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<BuildReport.Failure> failures = new ArrayList<>();
        long[] ignored = {0};
        for (String arg : arguments) {
            String name = display(arg);
            Path path = new Path(arg);
            try {
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    failures.add(new BuildReport.Failure(name, "file not found"));
                } else if (fs.getFileStatus(path).isDirectory()) {
                    walk(fs, path, name, files, failures, ignored);
                } else {
                    // A file named on the command line is read whatever its type: the reader says why it cannot be.
                    files.add(new InputFile(fs.makeQualified(path).toString(), name, files.size()));
                }
            } catch (IOException e) {
                failures.add(new BuildReport.Failure(name, "cannot list: " + e.getMessage()));
            }
        }
        return new InputFiles(files, failures, ignored[0]);
    }

    private static void walk(FileSystem fs, Path dir, String name, List<InputFile> files,
                             List<BuildReport.Failure> failures, long[] ignored) {
        FileStatus[] entries;
        try {
            entries = fs.listStatus(dir);
        } catch (IOException e) {
            failures.add(new BuildReport.Failure(name.isEmpty() ? "." : name, "cannot list folder: " + e.getMessage()));
            return;
        }
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus e : entries) {
            String fileName = e.getPath().getName();
            String child = name.isEmpty() ? fileName : name + "/" + fileName;
            boolean hidden = fileName.startsWith(".") || fileName.equals(GOLD);
            if (e.isDirectory()) {
                if (!hidden) walk(fs, e.getPath(), child, files, failures, ignored);
            } else if (hidden || !readable(fileName) || e.isSymlink()) {
                ignored[0]++;
            } else {
                files.add(new InputFile(e.getPath().toString(), child, files.size()));
            }
        }
    }

    private static boolean readable(String fileName) {
        String s = fileName.toLowerCase(Locale.ROOT);
        return s.endsWith(".txt") || s.endsWith(".json") || s.endsWith(".jsonl");
    }

    /** An argument as {@code ekg build} names it: a local path normalised, a URI as given without a trailing slash. */
    static String display(String arg) {
        if (arg.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) return arg.replaceAll("/+$", "");
        return java.nio.file.Path.of(arg).normalize().toString().replace(java.io.File.separator, "/");
    }
}
