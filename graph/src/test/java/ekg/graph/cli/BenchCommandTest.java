package ekg.graph.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny run of gen-corpus and bench: every figure is printed; no timing is asserted. */
class BenchCommandTest {

    private static String home;

    @TempDir
    Path dir;

    /** The bench finds queries/ beside the launcher, as ekg.home names it; tests run in graph/. */
    @BeforeAll
    static void home() {
        home = System.getProperty("ekg.home");
        System.setProperty("ekg.home", "..");
    }

    @AfterAll
    static void restore() {
        if (home == null) System.clearProperty("ekg.home");
        else System.setProperty("ekg.home", home);
    }

    @Test
    void genCorpusWritesTheArticles() throws Exception {
        Cli r = Cli.run("gen-corpus", "--n", "5", "--out", dir.resolve("c").toString(), "--seed", "3");
        assertEquals(0, r.exit, r::toString);
        assertEquals(5, Files.readAllLines(dir.resolve("c/corpus-00000.jsonl")).size());
    }

    @Test
    void benchPrintsEveryFigure() throws Exception {
        Cli r = Cli.run("bench", "--n", "20", "--sample", "6", "--repeat", "2", "--threads", "2", "--forks", "2",
                "--work", dir.resolve("w").toString());
        assertEquals(0, r.exit, r::toString);
        String[] figures = {"command: ekg bench --n 20", "bare OpenNLP articles/s", "bare OpenNLP tokens/s",
                "ekg pipeline articles/s", "ekg pipeline tokens/s", "ekg / bare (median of the JVMs' ratios)",
                "ekg / bare in JVM 1", "ekg / bare in JVM 2", "the median over 2 fresh JVMs", "rebuild time s", "of which validation",
                "peak heap in use MB", "peak heap left after a garbage collection MB", "Jena phased bulk loader", "ekg bulk load", "ekg replace", "ekg bulk / Jena",
                "ekg replace / Jena", "ekg bulk / Jena of each round", "one warm-up run each not counted, then the median of 7 runs each",
                "query latency"};
        for (String f : figures) assertTrue(r.out.contains(f), "missing '" + f + "' in\n" + r);
        for (Path q : BenchTable.queryFiles()) {
            String name = q.getFileName().toString().replace(".rq", "");
            assertTrue(r.out.lines().anyMatch(l -> l.startsWith(name + " ") && l.matches(".*\\d+\\.\\d\\s*$")),
                    "no latency for query " + name + " in\n" + r.out);
        }
    }

    @Test
    void benchNewsTimesEachArticleOnceAfterTheWarmUp() throws Exception {
        Cli gen = Cli.run("gen-corpus", "--n", "8", "--out", dir.resolve("c").toString(), "--seed", "5");
        assertEquals(0, gen.exit, gen::toString);
        Cli r = Cli.run("bench-news", "--warm-up", dir.resolve("c").toString(), "--sample", "4",
                "--articles", Path.of("../seeds").toString());
        assertEquals(0, r.exit, r::toString);
        assertTrue(r.out.contains("articles seen once                5"), r::toString);
        double ratio = Double.parseDouble(r.out.lines().filter(l -> l.startsWith("ekg / bare")).findFirst()
                .orElseThrow().replaceAll(".*\\s", ""));
        assertTrue(ratio > 0, r::toString);
        Cli empty = Cli.run("bench-news", "--warm-up", dir.resolve("c").toString(), "--articles",
                dir.resolve("nothing-here").toString());
        assertTrue(empty.exit != 0 && empty.err.contains("nothing-here"), empty::toString);
    }
}
