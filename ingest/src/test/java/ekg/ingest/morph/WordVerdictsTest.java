package ekg.ingest.morph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordVerdictsTest {

    @Test
    void answersAsTheTestAndAsksItOncePerForm() {
        List<String> asked = new ArrayList<>();
        WordVerdicts longWord = new WordVerdicts(w -> {
            asked.add(w);
            return w.length() > 5;
        });
        assertTrue(longWord.test("Bundesamt"));
        assertFalse(longWord.test("Amt"));
        assertTrue(longWord.test("Bundesamt"));
        assertFalse(longWord.test("Amt"));
        assertEquals(List.of("Bundesamt", "Amt"), asked);
    }
}
