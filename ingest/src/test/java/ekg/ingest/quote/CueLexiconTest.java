package ekg.ingest.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconTest {
    private final CueLexicon german = CueLexicon.german();

    @Test
    void weakVerbLemmasExpandToFiniteFormsAndParticiple() {
        assertTrue(CueLexicon.forms("sagen").containsAll(List.of("sagt", "sagte", "sagten", "sagen", "gesagt")));
        assertTrue(CueLexicon.forms("berichten").containsAll(List.of("berichtet", "berichtete", "berichteten")));
        assertTrue(CueLexicon.forms("betonen").contains("betont"));
        assertFalse(CueLexicon.forms("betonen").contains("gebetont"));
        assertTrue(CueLexicon.forms("kritisieren").contains("kritisiert"));
        assertTrue(CueLexicon.forms("äußern").containsAll(List.of("äußert", "äußerte", "geäußert")));
        assertTrue(CueLexicon.forms("warnen").contains("warnte"));
        assertTrue(CueLexicon.forms("mahnen").contains("mahnte"));
        assertEquals(List.of("schrieb"), List.copyOf(CueLexicon.forms("schrieb")));
    }

    @Test
    void shippedListKnowsCommonCuesInAnyCase() {
        for (String w : List.of("sagte", "Sagte", "betonte", "erklärt", "kommentierte", "schrieb", "warnte",
                "lobte", "forderte", "versicherte", "berichtete", "meinte", "sprach", "bekräftigte",
                "unterstrich", "kritisierte", "ergänzte", "so", "laut")) {
            assertTrue(german.isCue(w), w);
        }
        assertFalse(german.isCue("Haus"));
    }

    @Test
    void multiWordEntriesComeFirst() {
        assertEquals(List.of("teilte", "mit"), german.entries("teilte").get(0).words());
    }

    @Test
    void flagsAreRead() {
        CueLexicon lex = CueLexicon.parse("""
                # a user's list
                so !postposed
                laut !speaker-after
                hieß es !carry   # impersonal
                """);
        assertTrue(lex.entries("so").get(0).postposed());
        assertTrue(lex.entries("laut").get(0).speakerAfter());
        assertTrue(lex.entries("hieß").get(0).carry());
        assertFalse(lex.isCue("sagte"));
    }

    @Test
    void aLineWithoutWordsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("!carry"));
    }
}
