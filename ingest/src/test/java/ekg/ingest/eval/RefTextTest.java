package ekg.ingest.eval;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefTextTest {
    @Test
    void foldDropsQuoteMarksButNotApostrophesAndFoldsEveryKindOfSpace() {
        assertEquals("Er sagte: nein, so geht's nicht", RefText.fold(" „Er sagte:\u00a0\u00a0‚nein‘, so geht's\n nicht“ "));
        assertEquals("Straße", RefText.fold("Stra\u00dfe"));
        assertEquals("é", RefText.fold("e\u0301"), "composed as NFC");
    }

    @Test
    void capitalisedWordsHaveMoreThanTwoLettersAndKeepTheirHyphens() {
        assertEquals(Set.of("Roth-Stiftung", "Ministerin"), RefText.capitalised("die Ministerin der Roth-Stiftung, EU", false));
        assertEquals(Set.of("anna", "o'neill"), RefText.capitalised("Anna O'Neill", true));
    }
}
