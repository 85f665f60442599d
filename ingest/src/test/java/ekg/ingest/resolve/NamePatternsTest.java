package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.resolve.RepeatedNamesTest.doc;
import static ekg.ingest.resolve.RepeatedNamesTest.found;
import static ekg.ingest.resolve.RepeatedNamesTest.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamePatternsTest {

    @Test
    void aShortNameInCapitalsIsAnOrganizationButARomanNumeralIsNot() {
        Doc d = doc("Gestern gewann die ZKPB die Wahl in Tirol. Papst Pius XII wird erwähnt.", "Tirol", EntityType.LOC);
        List<String> found = found(d);
        assertTrue(found.contains("ZKPB/ORG"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("XII")), found.toString());
    }

    @Test
    void aCapitalisedAdjectiveInsideASentenceOpensAName() {
        Doc d = doc("Das Bild hängt seit Jahren im Städtischen Kunstmuseum. Wir gingen zur Alten Burg. Neue Regeln gelten.");
        List<String> found = found(d);
        assertTrue(found.contains("Städtischen Kunstmuseum/ORG"), found.toString());
        assertTrue(found.contains("Alten Burg/LOC"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("Neue")), found.toString());
    }

    @Test
    void anOrganizationsNounAfterItsFullNameIsThatOrganization() {
        Doc d = doc("Die Wetter-Kommission legte den Plan vor. Laut der Kommission ist er fertig.",
                "Wetter-Kommission", EntityType.ORG);
        assertTrue(found(d).contains("Kommission/ORG"), found(d).toString());
        assertEquals(keys(d).get("Wetter-Kommission"), keys(d).get("Kommission"));
    }

    @Test
    void committeesAndAHeadlinesBodyAreOrganizations() {
        Doc d = doc("Polizei: Zwei Diebe gefasst. Der Bericht lag im Verkehrsausschuss vor.");
        List<String> found = found(d);
        assertTrue(found.contains("Polizei/ORG"), found.toString());
        assertTrue(found.contains("Verkehrsausschuss/ORG"), found.toString());
    }

    @Test
    void anUnknownWordUsedTwiceInsideSentencesIsANameButACompoundIsNot() {
        Doc d = doc("Die Bilder zeigt die Zwolk im Mai. Danach hat die Zwolk geschlossen. Am Ort ist eine Hafenbaustelle."
                + " Dort bleibt die Hafenbaustelle lange.");
        List<String> found = found(d);
        assertEquals(2, found.stream().filter(f -> f.startsWith("Zwolk/")).count(), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("Hafenbaustelle")), found.toString());
    }
}
