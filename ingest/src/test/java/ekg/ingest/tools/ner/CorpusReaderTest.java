package ekg.ingest.tools.ner;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReaderTest {
    private static final String GERMEVAL = """
            #\thttp://example.org/a [2024-01-01]\t
            1\tDie\tO\tO
            2\tdeutsche\tB-LOCderiv\tO
            3\tEU-Kommission\tB-ORGpart\tO
            4\ttagte\tO\tO
            5\tin\tO\tO
            6\tBad\tB-LOC\tO
            7\tEms\tI-LOC\tO
            8\t.\tO\tO

            #\thttp://example.org/b [2024-01-02]\t
            1\tAnna\tB-PER\tO
            2\tMeier\tI-PER\tO
            3\tvon\tO\tO
            4\tder\tO\tO
            5\tUni\tB-ORG\tO
            6\tBonn\tI-ORG\tB-LOC
            7\tlas\tO\tO
            8\tFaust\tB-OTH\tB-PER
            9\t.\tO\tO

            """;

    private static final String BIO = """
            Angela\tB-PER
            Merkel\tI-PER
            besuchte\tO
            Paris\tB-LOC
            .\tO

            Die\tO
            UNO\tI-ORG
            Berlin\tB-LOC
            tagte\tO
            """;

    @Test
    void germEvalUsesOuterLabelsAndFoldsDerivAndPart() throws IOException {
        List<NameSample> s = CorpusReader.read(GERMEVAL, "inline.tsv", CorpusFormat.GERMEVAL);
        assertEquals(2, s.size());
        assertEquals(8, s.get(0).getSentence().length);
        assertArrayEquals(new Span[] {new Span(5, 7, "LOC")}, s.get(0).getNames());
        assertArrayEquals(new Span[] {new Span(0, 2, "PER"), new Span(4, 6, "ORG"), new Span(7, 8, "OTH")},
                s.get(1).getNames());
        assertTrue(s.get(1).isClearAdaptiveDataSet());
    }

    @Test
    void bioReadsSentencesAndStartsANameAtAnUnexpectedInside() throws IOException {
        List<NameSample> s = CorpusReader.read(BIO, "inline.bio", CorpusFormat.BIO);
        assertEquals(2, s.size());
        assertArrayEquals(new String[] {"Angela", "Merkel", "besuchte", "Paris", "."}, s.get(0).getSentence());
        assertArrayEquals(new Span[] {new Span(0, 2, "PER"), new Span(3, 4, "LOC")}, s.get(0).getNames());
        assertArrayEquals(new Span[] {new Span(1, 2, "ORG"), new Span(2, 3, "LOC")}, s.get(1).getNames());
    }

    @Test
    void malformedLineNamesSourceAndLine() {
        String bad = "Angela\tB-PER\nMerkel I-PER\n";
        CorpusException e = assertThrows(CorpusException.class,
                () -> CorpusReader.read(bad, "bad.bio", CorpusFormat.BIO));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("bad.bio:2:"), e.getMessage());
    }

    @Test
    void unknownLabelNamesSourceAndLine() {
        String bad = "#\tx\n1\tAnna\tB-PER\tO\n2\tlacht\tB-FOO\tO\n";
        CorpusException e = assertThrows(CorpusException.class,
                () -> CorpusReader.read(bad, "bad.tsv", CorpusFormat.GERMEVAL));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("B-FOO"), e.getMessage());
    }

    @Test
    void germEvalRowWithTooFewColumnsFails() {
        String bad = "#\tx\n1\tAnna\tB-PER\n";
        CorpusException e = assertThrows(CorpusException.class,
                () -> CorpusReader.read(bad, "short.tsv", CorpusFormat.GERMEVAL));
        assertEquals(2, e.line());
    }

    @Test
    void formatIsDetectedAndFoldsSplitTheFileWithoutOverlap(@TempDir Path dir) throws IOException {
        Path ge = Files.writeString(dir.resolve("a.tsv"), GERMEVAL, StandardCharsets.UTF_8);
        Path bio = Files.writeString(dir.resolve("b.txt"), BIO, StandardCharsets.UTF_8);
        assertEquals(CorpusFormat.GERMEVAL, CorpusFormat.detect(ge));
        assertEquals(CorpusFormat.BIO, CorpusFormat.detect(bio));
        List<NameSample> held = CorpusFile.parse(ge + "#only=1/2").read();
        List<NameSample> rest = CorpusFile.parse(ge + "#except=1/2").read();
        assertEquals(1, held.size());
        assertEquals("Anna", held.get(0).getSentence()[0]);
        assertEquals(1, rest.size());
        assertEquals("Die", rest.get(0).getSentence()[0]);
        assertEquals(1, CorpusFile.parse(bio + "#sample=1").read().size());
    }
}
