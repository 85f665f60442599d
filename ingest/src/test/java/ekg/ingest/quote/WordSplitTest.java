package ekg.ingest.quote;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The hand-written word counts and last words give what a split at white space gives. */
class WordSplitTest {

    @Test
    void countsWordsAsASplitAtWhiteSpaceDoesUpToTheCap() {
        for (String s : new String[]{"Wir handeln jetzt", "eins", "", "a\tb\nc  d", "Neue Zürcher Zeitung"}) {
            assertEquals(Math.min(s.split("\\s+").length, 3), NonSpeechFilter.wordCount(s, 3), s);
        }
        assertEquals(1, NonSpeechFilter.wordCount("", 5));
    }

    @Test
    void theLastWordIsTheSplitsLast() {
        assertEquals("Zeitung", NonSpeechFilter.lastWord("Neue Zürcher Zeitung"));
        assertEquals("eins", NonSpeechFilter.lastWord("eins"));
        assertEquals("d", NonSpeechFilter.lastWord("a\tb\nc  d"));
    }

    @Test
    void aSurnameComesOnlyFromANameOfSeveralWords() {
        assertEquals("Berger", TextView.lastOfSeveral("Anna Berger"));
        assertEquals("Leyen", TextView.lastOfSeveral("Ursula von der\nLeyen"));
        assertNull(TextView.lastOfSeveral("Berger"));
        assertNull(TextView.lastOfSeveral("Berger "));
    }
}
