package ekg.graph.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train-ner, eval-ner, bench-ner and ner-lists on tiny corpora written here; nothing from the shared data folder. */
class NerCommandsTest {
    private static final String[][] SENTENCES = {
            {"Angela", "B-PER", "Merkel", "I-PER", "besuchte", "O", "Paris", "B-LOC", ".", "O"},
            {"Die", "O", "Firma", "O", "Siemens", "B-ORG", "baut", "O", "in", "O", "Berlin", "B-LOC", ".", "O"},
            {"Olaf", "B-PER", "Scholz", "I-PER", "sprach", "O", "mit", "O", "der", "O", "Nato", "B-ORG", ".", "O"},
            {"In", "O", "Hamburg", "B-LOC", "regnet", "O", "es", "O", ".", "O"},
            {"Der", "O", "deutsche", "B-LOCderiv", "Minister", "O", "fuhr", "O", "nach", "O", "Wien", "B-LOC", ".", "O"},
    };

    @TempDir
    static Path dir;
    static Path germEval;
    static Path conll;
    static Path model;

    @BeforeAll
    static void corpora() throws IOException {
        StringBuilder ge = new StringBuilder();
        StringBuilder bio = new StringBuilder();
        for (int copy = 0; copy < 8; copy++) {
            for (String[] s : SENTENCES) {
                ge.append("#\thttp://example.org/").append(copy).append('\n');
                for (int i = 0; i < s.length; i += 2) {
                    ge.append(i / 2 + 1).append('\t').append(s[i]).append('\t').append(s[i + 1]).append("\tO\n");
                    bio.append(s[i]).append('\t').append(s[i + 1]).append('\n');
                }
                ge.append('\n');
                bio.append('\n');
            }
        }
        germEval = Files.writeString(dir.resolve("tiny-germeval.tsv"), ge, StandardCharsets.UTF_8);
        conll = Files.writeString(dir.resolve("tiny.bio"), bio.toString().replace("B-LOCderiv", "O"),
                StandardCharsets.UTF_8);
        model = dir.resolve("m/tiny.bin");
        Cli train = Cli.run("train-ner", "--data", germEval.toString(), conll.toString(), "--out", model.toString(),
                "--iterations", "10", "--cutoff", "0");
        assertEquals(0, train.exit, train::toString);
        assertTrue(train.out.contains("wrote " + model), train::toString);
        assertTrue(train.err.contains("training on"), "progress on stderr: " + train);
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void evalOfTheFullChainEndsWithF1() {
        Cli eval = Cli.run("eval-ner", germEval.toString(), "--format", "germeval", "--model", model.toString());
        assertEquals(0, eval.exit, eval::toString);
        assertTrue(lastLine(eval.out).matches("F1 [01]\\.\\d{4}"), eval::toString);
        assertTrue(eval.out.contains("full chain"), eval::toString);
        assertTrue(eval.out.contains("*deriv/*part"), "says that derived labels are folded: " + eval);
        assertTrue(eval.out.contains("PER "), eval::toString);
    }

    @Test
    void theModelAloneLearnsTheTinyCorpus() {
        Cli eval = Cli.run("eval-ner", conll.toString(), "--format", "conll", "--model", model.toString(), "--model-only");
        assertEquals(0, eval.exit, eval::toString);
        assertTrue(eval.out.contains("model only"), eval::toString);
        double f1 = Double.parseDouble(lastLine(eval.out).substring(3));
        assertTrue(f1 > 0.9, "a model scores well on its own training data: " + eval);
    }

    @Test
    void crossValidationTrainsOneModelPerFold() {
        Cli cv = Cli.run("eval-ner", germEval.toString(), "--folds", "2", "--iterations", "5", "--cutoff", "0");
        assertEquals(0, cv.exit, cv::toString);
        assertTrue(cv.out.contains("2-fold cross-validation"), cv::toString);
        assertTrue(cv.err.contains("fold 2 of 2"), cv::toString);
        assertTrue(lastLine(cv.out).startsWith("F1 "), cv::toString);
    }

    @Test
    void malformedDataIsReportedWithFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.bio"), "Berlin\tB-LOC\nist schön\n", StandardCharsets.UTF_8);
        Cli eval = Cli.run("eval-ner", bad.toString(), "--format", "conll", "--model", model.toString());
        assertNotEquals(0, eval.exit, eval::toString);
        assertTrue(eval.err.contains("bad.bio:2"), eval::toString);
        Cli missing = Cli.run("train-ner", "--data", dir.resolve("nope.tsv").toString(), "--out", "x.bin");
        assertNotEquals(0, missing.exit);
        assertTrue(missing.err.contains("nope.tsv"), missing::toString);
        Cli ignored = Cli.run("train-ner", "--data", germEval.toString(), "--l2", "1", "--out", dir.resolve("l2.bin").toString());
        assertNotEquals(0, ignored.exit);
        assertTrue(ignored.err.contains("maxent-qn only"), ignored::toString);
        assertFalse(Files.exists(dir.resolve("l2.bin")));
    }

    @Test
    void benchmarkPrintsBothThroughputsAndTheirRatio() {
        Cli bench = Cli.run("bench-ner", germEval.toString(), "--seconds", "0.2", "--threads", "2");
        assertEquals(0, bench.exit, bench::toString);
        assertTrue(bench.out.contains("bare NameFinderME (baseline)"), bench::toString);
        assertTrue(bench.out.contains("ekg chain"), bench::toString);
        assertTrue(bench.out.contains("chain / baseline"), bench::toString);
    }

    @Test
    void namesListsAreDerivedFromTheAnnotatedData() throws IOException {
        Path out = dir.resolve("lists");
        Cli lists = Cli.run("ner-lists", "names", "--data", conll.toString(), "--out", out.toString());
        assertEquals(0, lists.exit, lists::toString);
        assertTrue(lists.out.contains("to " + out), lists::toString);
        List<String> names = Files.readAllLines(out.resolve("names.tsv"));
        assertTrue(names.get(0).startsWith("# Generated by `ekg ner-lists names`"), names::toString);
        assertTrue(names.contains("Angela Merkel\tPER"), names::toString);
        assertTrue(names.contains("Wien\tLOC"), names::toString);
        assertTrue(Files.readAllLines(out.resolve("given-names.txt")).contains("Olaf"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("train-ner", "eval-ner", "bench-ner", "ner-lists", "ner-lists world", "ner-lists cities")) {
            List<String> args = new java.util.ArrayList<>(List.of(c.split(" ")));
            args.add("--help");
            Cli help = Cli.run(args.toArray(String[]::new));
            assertEquals(0, help.exit, help::toString);
            assertTrue(help.out.contains("Usage: ekg " + c), help::toString);
        }
    }
}
