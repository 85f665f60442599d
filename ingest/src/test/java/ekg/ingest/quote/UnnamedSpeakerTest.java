package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A speaker the article describes but never names is the description itself, an entity of the article's own. */
class UnnamedSpeakerTest {
    private static final QuoteStage STAGE = new QuoteStage();

    private static Entity speakerOf(Doc out, int quote) {
        Quote q = out.quotes().get(quote);
        assertNotNull(q.speakerKey(), "no speaker for " + q.text());
        return out.entities().stream().filter(e -> e.key().equals(q.speakerKey())).findFirst().orElseThrow();
    }

    /** The first quote of {@code d}'s output is spoken by an unnamed speaker labelled {@code label} of {@code type}. */
    private static void assertFirstSpeaker(TestDoc d, String label, EntityType type) {
        Entity e = speakerOf(STAGE.process(d.build()), 0);
        assertEquals(label, e.label());
        assertEquals(type, e.type());
    }

    @Test
    void anUnnamedSpokespersonIsAPersonLabelledByTheRole() {
        Doc out = STAGE.process(TestDoc.of("Lena Vogt besuchte die Schule. „Hier wird gebaut“, sagte ein Bausprecher.")
                .per("Lena Vogt").build());
        Entity e = speakerOf(out, 0);
        assertEquals("Bausprecher", e.label());
        assertEquals(EntityType.PER, e.type());
        assertTrue(e.mentions().isEmpty(), "an unnamed speaker adds no name mention");
    }

    @Test
    void aRoleWithItsGenitiveKeepsTheGenitiveInTheLabel() {
        Doc out = STAGE.process(TestDoc.of("Der Sprecher des Bauamts sagte: „Die Brücke bleibt bis Mai gesperrt.“").build());
        assertEquals("Sprecher des Bauamts", speakerOf(out, 0).label());
    }

    @Test
    void aPluralOfABodyNounSpeaks() {
        assertFirstSpeaker(TestDoc.of("Mehrere Gewerkschaften nannten den Tarifabschluss „enttäuschend“.").tag("Mehrere", "DET"),
                "Gewerkschaften", EntityType.ORG);
    }

    @Test
    void anyNounNamingAPersonSpeaksAsAPerson() {
        // "Wachsoldat" is on no list of roles: its feminine "-in" form tells it names people
        assertFirstSpeaker(TestDoc.of("Der Wachsoldat sagte: „Niemand kam vorbei.“"), "Wachsoldat", EntityType.PER);
    }

    @Test
    void aCompoundPluralOfABodyNounSpeaks() {
        assertFirstSpeaker(TestDoc.of("Die Bauernparteien erklärten: „Wir stimmen nicht zu.“"), "Bauernparteien",
                EntityType.ORG);
    }

    @Test
    void aBodyAsSubjectIsAnOrganization() {
        assertFirstSpeaker(TestDoc.of("Das Landgericht erklärte: „Die Klage ist unbegründet.“"), "Landgericht", EntityType.ORG);
    }

    @Test
    void aGroupAfterTheCueSpeaks() {
        Doc out = STAGE.process(TestDoc.of("„Wir wollen bleiben“, sagten die Anwohner vor dem Rathaus.").build());
        assertEquals("Anwohner", speakerOf(out, 0).label());
    }

    @Test
    void theSameDescriptionTwiceIsOneSpeaker() {
        Doc out = STAGE.process(TestDoc.of("„Es brennt noch“, sagte ein Feuerwehrsprecher. Später hieß es: „Der Brand ist gelöscht“, "
                + "sagte ein Feuerwehrsprecher.").build());
        assertEquals(out.quotes().get(0).speakerKey(), out.quotes().get(1).speakerKey());
        assertEquals(1, out.entities().size());
    }

    @Test
    void aBodyInTheGenitiveOfARoleIsNotTheSpeaker() {
        Doc out = STAGE.process(TestDoc.of("Ein Sprecher der Stadtverwaltung sagte: „Wir prüfen das.“").build());
        assertEquals("Sprecher der Stadtverwaltung", speakerOf(out, 0).label());
    }

    @Test
    void aBodyBeforeANameIsItsTitleAndTheNameSpeaks() {
        Doc out = STAGE.process(TestDoc.of("Der Konzern Nordwerk teilte mit: „Wir bauen Stellen ab.“").org("Nordwerk").build());
        assertEquals("nordwerk", out.quotes().get(0).speakerKey());
    }

    @Test
    void theKeyOfAnUnnamedSpeakerHoldsItsArticle() {
        Doc out = STAGE.process(TestDoc.of("„Wir prüfen das“, sagte ein Ministeriumssprecher.").build());
        assertEquals(Slug.of("Ministeriumssprecher " + out.id()), out.quotes().get(0).speakerKey());
    }

    @Test
    void aTextSpeaksForItsAuthors() {
        Doc out = STAGE.process(TestDoc.of("Dem Abschlussbericht zufolge seien die Kosten gestiegen. "
                + "„Die Planung war mangelhaft“, heißt es darin.").build());
        Quote reported = out.quotes().stream().filter(q -> q.text().contains("Kosten")).findFirst().orElseThrow();
        Quote quoted = out.quotes().stream().filter(q -> q.text().contains("Planung")).findFirst().orElseThrow();
        Entity e = out.entities().stream().filter(x -> x.key().equals(reported.speakerKey())).findFirst().orElseThrow();
        assertEquals("Abschlussbericht", e.label());
        assertEquals(EntityType.OTH, e.type());
        assertEquals(reported.speakerKey(), quoted.speakerKey(), "heißt es darin goes on with the text");
    }

    @Test
    void aRoleBeforeAGroupIsTheSubject() {
        Doc out = STAGE.process(TestDoc.of("„Bleiben Sie zu Hause“, warnte der Bürgermeister die Anwohner.").build());
        assertEquals("Bürgermeister", speakerOf(out, 0).label());
    }

    @Test
    void aBodyNounStandsForTheOrganisationIntroducedWithIt() {
        String text = "Die US-Ratingagentur Fitchmoor senkte die Note. Die Ratingagentur teilte mit, sie erwarte keine Besserung.";
        Doc out = STAGE.process(TestDoc.of(text).org("Fitchmoor").tag("senkte", "VERB").tag("erwarte", "VERB").build());
        assertEquals("fitchmoor", TestDoc.quote(out.quotes(), "Besserung").speakerKey());
        // without the title nothing ties the noun to the organisation: it speaks as itself
        Doc bare = STAGE.process(TestDoc.of("Fitchmoor senkte die Note. Die Ratingagentur teilte mit, sie erwarte keine Besserung.")
                .org("Fitchmoor").tag("senkte", "VERB").tag("erwarte", "VERB").build());
        assertEquals(Slug.of("Ratingagentur test"), TestDoc.quote(bare.quotes(), "Besserung").speakerKey());
    }
}
