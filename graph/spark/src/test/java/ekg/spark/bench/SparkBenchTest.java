package ekg.spark.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs both builds on a tiny generated corpus and prints every figure it promises. */
class SparkBenchTest {

    @Test
    void measuresBothBuildsAndTheStages(@TempDir Path work) {
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.driver.host", "127.0.0.1");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream before = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = new CommandLine(new SparkBench()).execute("--n", "12", "--work", work.toString(), "--heap", "1g");
        } finally {
            System.setOut(before);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        assertEquals(0, code, out);
        long[] quads = numbers(out, "quads in store");
        assertTrue(quads[0] > 0 && quads[0] == quads[1], "both builds store the same number of quads: " + out);
        assertEquals(12, numbers(out, "articles stored")[1], out);
        double[] wall = decimals(out, "wall s");
        assertTrue(wall[0] > 0 && wall[1] > 0, out);
        long[] heap = numbers(out, "heap after GC, peak MB");
        assertTrue(heap[0] > 0 && heap[1] > 0, "a peak heap after GC for each JVM: " + out);
        assertTrue(decimals(out, "spark-build / rebuild, wall")[0] > 0, out);
        Matcher shuffled = Pattern.compile("(?m)^\\s*\\d+ .* \\d+\\.\\d+ \\(([1-9]\\d*)\\)$").matcher(out);
        assertTrue(shuffled.find(), "a stage that wrote shuffle records: " + out);
    }

    private static String row(String out, String label) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + out));
    }

    private static long[] numbers(String out, String label) {
        String[] f = row(out, label).substring(label.length()).replaceAll("^[^0-9]*", "").trim().split("\\s+");
        return Arrays.stream(f).mapToLong(Long::parseLong).toArray();
    }

    private static double[] decimals(String out, String label) {
        String[] f = row(out, label).substring(label.length()).replaceAll("^[^0-9]*", "").trim().split("\\s+");
        return Arrays.stream(f).mapToDouble(Double::parseDouble).toArray();
    }
}
