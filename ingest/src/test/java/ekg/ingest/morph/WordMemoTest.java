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
    void anEqualFormOfAnotherStringGetsTheSameAnswer() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> length = new WordMemo<>(10, w -> {
            asked.add(w);
            return w.length();
        });
        String text = "Amt und Amt";
        assertEquals(3, length.get(text.substring(0, 3)));
        assertEquals(3, length.get(text.substring(8)));
        assertEquals(4, length.get("Haus"));
        assertEquals(List.of("Amt", "Haus"), asked);
    }

    @Test
    void startsAfreshWhenFull() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> length = new WordMemo<>(2, w -> {
            asked.add(w);
            return w.length();
        });
        // More forms than the small table of recent answers holds: the first is asked again.
        for (int i = 0; i < 10_000; i++) assertEquals(String.valueOf(i).length() + 1, length.get("w" + i));
        assertEquals(2, length.get("w0"));
        assertEquals(10_001, asked.size());
        assertEquals("w0", asked.get(10_000));
    }
}
