package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A role noun as speaker resolves to the person the article introduced with that role, or to nobody. */
class RoleNounSpeakerTest {

    @Test
    void roleBeforeTheNameEarlier() {
        String text = "Bürgermeisterin Lena Vogt besuchte die Schule. „Hier wird gebaut“, sagte die Bürgermeisterin.";
        Quote q = quotes(TestDoc.of(text).per("Lena Vogt").build()).get(0);
        assertEquals("lena-vogt", q.speakerKey());
    }

    @Test
    void roleInAppositionEarlier() {
        String text = "Tom Rau, Sprecher der Bahn, kam spät. Der Sprecher sagte: „Der Zug fällt aus.“ Dann ging Eva Ley.";
        Quote q = quotes(TestDoc.of(text).per("Tom Rau").per("Eva Ley").org("Bahn").build()).get(0);
        assertEquals("tom-rau", q.speakerKey());
    }

    @Test
    void aRoleNobodyWasIntroducedWithIsAnUnnamedSpeakerNotTheLastName() {
        String text = "Lena Vogt besuchte die Schule. „Hier wird gebaut“, sagte der Sprecher.";
        List<Quote> qs = quotes(TestDoc.of(text).per("Lena Vogt").build());
        assertEquals(Slug.of("Sprecher test"), qs.get(0).speakerKey());
    }

    @Test
    void anIndefiniteRoleIsSomeoneNewThoughTheSameNounDescribedAPersonBefore() {
        // "der Sprecher" referred back to Tom Rau; "ein Sprecher der Stadtverwaltung" is another man
        String text = "Tom Rau kam spät. Der Sprecher der Partei lobte den Plan. "
                + "„Die Stadt zahlt“, sagte ein Sprecher der Stadtverwaltung.";
        Doc doc = TestDoc.of(text).per("Tom Rau").described("Sprecher", "tom-rau").tag("lobte", "VERB").build();
        assertEquals(Slug.of("Sprecher der Stadtverwaltung test"), TestDoc.quote(quotes(doc), "zahlt").speakerKey());
    }

    @Test
    void aRoleRightBeforeANameIsItsTitle() {
        String text = "„Hier wird gebaut“, sagte Bürgermeisterin Lena Vogt.";
        assertEquals("lena-vogt", quotes(TestDoc.of(text).per("Lena Vogt").build()).get(0).speakerKey());
    }

    @Test
    void aRoleAfterTheCueSpeaksWhenAnAdverbialOpensTheClause() {
        String text = "Lena Vogt besuchte die Schule. Gegenüber der Lokalzeitung sagte der Verteidiger: „Wir gehen in Berufung.“";
        assertEquals(Slug.of("Verteidiger test"),
                quotes(TestDoc.of(text).per("Lena Vogt").tag("Gegenüber", "ADP").build()).get(0).speakerKey());
    }

    @Test
    void aRoleBeforeAColonSpeaksForTheQuote() {
        String text = "Lena Vogt besuchte die Schule. Ein Beamter der Stadtpolizei: „Hier wird kontrolliert.“";
        assertEquals(Slug.of("Beamter der Stadtpolizei test"), quotes(TestDoc.of(text).per("Lena Vogt").build()).get(0).speakerKey());
    }

    @Test
    void thePlacesOfADatelineAreNoSpeaker() {
        String text = "Kassel/Fulda – Die Bürgermeisterin Lena Vogt sagte: „Hier wird gebaut.“";
        assertEquals("lena-vogt", quotes(TestDoc.of(text).loc("Kassel").loc("Fulda").per("Lena Vogt").build()).get(0).speakerKey());
    }
}
