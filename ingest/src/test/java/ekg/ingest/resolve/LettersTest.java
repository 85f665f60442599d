package ekg.ingest.resolve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Folding to ASCII, and the remembered form of each character being the one computed afresh. */
class LettersTest {

    @Test
    void lettersOfTheirOwnAndMarkedLettersFold() {
        assertEquals("Keslowski", Letters.fold("Kęsłowski"));
        assertEquals("Soren Aebelo", Letters.fold("Søren Æbelø"));
        assertEquals("Lodz-Strasse", Letters.fold("Łódź-Straße"));
        assertEquals("„Zurich“ – 3 €", Letters.fold("„Zürich“ – 3 €"));
        String ascii = "Olaf Scholz";
        assertSame(ascii, Letters.fold(ascii));
    }

    @Test
    void everyCharacterFoldsAsComputedAfreshAlsoWhenSeenAgain() {
        for (int code = 128; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            String fresh = Letters.foldChar(c);
            String at = "U+" + Integer.toHexString(code);
            assertEquals(fresh, Letters.fold(String.valueOf(c)), at);
            assertEquals("a" + fresh + "b" + fresh, Letters.fold("a" + c + "b" + c), at);
        }
    }
}
