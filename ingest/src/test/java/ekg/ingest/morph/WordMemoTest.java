package ekg.ingest.morph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordMemoTest {

    @Test
    void answersAsTheFunctionAndAsksItOncePerForm() {
        List<String> asked = new ArrayList<>();
        WordMemo<Boolean> longWord = new WordMemo<>(10, w -> {
            asked.add(w);
            return w.length() > 5;
        });
        assertTrue(longWord.get("Bundesamt"));
        assertFalse(longWord.get("Amt"));
        assertTrue(longWord.get("Bundesamt"));
        assertFalse(longWord.get("Amt"));
        assertEquals(List.of("Bundesamt", "Amt"), asked);
    }

    @Test
    void startsAfreshWhenFull() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> length = new WordMemo<>(2, w -> {
            asked.add(w);
            return w.length();
        });
        assertEquals(3, length.get("Amt"));
        assertEquals(4, length.get("Haus"));
        assertEquals(5, length.get("Markt"));
        assertEquals(3, length.get("Amt"));
        assertEquals(List.of("Amt", "Haus", "Markt", "Amt"), asked);
    }
}
