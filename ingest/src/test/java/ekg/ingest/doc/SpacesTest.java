package ekg.ingest.doc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SpacesTest {

    @Test
    void collapsesRunsAndStrips() {
        assertEquals("Kim Jong Un", Spaces.collapse("  Kim \t Jong\n\nUn "));
        assertEquals("a b", Spaces.collapse("a\tb"));
        assertEquals("", Spaces.collapse(" \n "));
        assertEquals("x", Spaces.collapse("x"));
    }

    @Test
    void agreesWithTheRegexItReplaces() {
        String[] samples = {"a  b", " a b ", "a\tb", "a \t b", "a\r\nb c", "ab", "a b", "Wladimir  Putin  "};
        for (String s : samples) assertEquals(s.strip().replaceAll("\\s+", " "), Spaces.collapse(s), s);
    }

    @Test
    void returnsAnAlreadyCleanStringItself() {
        String s = "Jens Stoltenberg";
        assertSame(s, Spaces.collapse(s));
    }
}
