package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The speaker patterns of German news, each in a sentence of its own. */
class QuoteSpeakerTest {

    private static Quote only(Doc d) {
        List<Quote> qs = quotes(d);
        assertEquals(1, qs.size(), () -> "quotes: " + qs);
        return qs.get(0);
    }

    @Test
    void quoteCommaCueSpeaker() {
        String text = "„Wir werden die Schulen sanieren“, sagte Bürgermeisterin Lena Vogt am Freitag.";
        Quote q = only(TestDoc.of(text).per("Lena Vogt").build());
        assertEquals("Wir werden die Schulen sanieren", q.text());
        assertEquals(text.indexOf("Wir"), q.span().begin());
        assertEquals(text.indexOf("“"), q.span().end());
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("sagte", q.cue());
        assertEquals("lena-vogt", q.speakerKey());
        assertEquals("Lena Vogt", q.speakerSpan().of(text));
    }

    @Test
    void appositivePersonWinsOverTheOrganisation() {
        Quote q = only(TestDoc.of("„Die Gespräche sind gescheitert“, sagte der Sprecher des Umweltministeriums, "
                + "Tobias Kessler, in Bonn.").org("Umweltministeriums").per("Tobias Kessler").build());
        assertEquals("tobias-kessler", q.speakerKey());
    }

    @Test
    void appositivePersonAlsoWhenTheOrganisationIsNotTagged() {
        Quote q = only(TestDoc.of("„Das war knapp“, sagte ein Sprecher der Feuerwehr, Jan Roth.")
                .per("Jan Roth").build());
        assertEquals("jan-roth", q.speakerKey());
    }

    @Test
    void titleBeforeThePersonNameIsSkipped() {
        Quote q = only(TestDoc.of("„Der Vertrag ist fair“, kommentierte EU-Kommissar Milan Horak am Abend.")
                .per("Milan Horak").build());
        assertEquals("milan-horak", q.speakerKey());
        assertEquals("kommentierte", q.cue());
    }

    @Test
    void soSpeaker() {
        Quote q = only(TestDoc.of("„Der Haushalt steht“, so Finanzminister Jakob Lenz.").per("Jakob Lenz").build());
        assertEquals("jakob-lenz", q.speakerKey());
        assertEquals("so", q.cue());
    }

    @Test
    void speakerCueColonQuote() {
        Quote q = only(TestDoc.of("Die Ärztin Miriam Ott sagte: „Die Wartezeiten sind zu lang.“")
                .per("Miriam Ott").build());
        assertEquals("miriam-ott", q.speakerKey());
        assertEquals(QuoteMode.DIRECT, q.mode());
    }

    @Test
    void speakerCueCommaQuote() {
        Quote q = only(TestDoc.of("Der Trainer Paul Richter sagte, „Wir haben heute verdient verloren.“")
                .per("Paul Richter").build());
        assertEquals("paul-richter", q.speakerKey());
        assertEquals(QuoteMode.DIRECT, q.mode());
    }

    @Test
    void fuerSpeakerIstKlar() {
        Quote q = only(TestDoc.of("Für die Ministerin Clara Wendt ist klar: „Ohne Reform geht es nicht.“")
                .per("Clara Wendt").build());
        assertEquals("clara-wendt", q.speakerKey());
        assertEquals("ist klar", q.cue());
    }

    @Test
    void schriebSpeakerInEinemBeitrag() {
        String text = "„Die Stadt braucht mehr Grün“, schrieb Oppositionschef Lars Brandt in einem Gastbeitrag "
                + "für das Magazin „Stadtleben“.";
        Quote q = only(TestDoc.of(text).per("Lars Brandt").build());
        assertEquals("lars-brandt", q.speakerKey());
        assertEquals("schrieb", q.cue());
    }

    @Test
    void adverbialFirstThenCueThenSpeaker() {
        Quote q = only(TestDoc.of("Am Dienstag warnte der Verbandschef Otto Hahn: „Die Preise werden weiter steigen.“")
                .per("Otto Hahn").build());
        assertEquals("otto-hahn", q.speakerKey());
    }

    @Test
    void relativeClauseBetweenSubjectAndCue() {
        Quote q = only(TestDoc.of("Die Kanzlerin Eva Roth, die am Montag aus Paris zurückkehrte, versicherte Polen "
                + "die „volle Solidarität“ ihres Landes.").per("Eva Roth").loc("Paris").loc("Polen").build());
        assertEquals("eva-roth", q.speakerKey());
        assertEquals(QuoteMode.PARTIAL, q.mode());
    }

    @Test
    void countryAsSpeaker() {
        Quote q = only(TestDoc.of("Dänemark erklärte am Mittwoch, man prüfe „alle Optionen“.").loc("Dänemark").build());
        assertEquals("dänemark", q.speakerKey());
    }

    @Test
    void organisationAfterLaterCueGetsPartialQuotes() {
        List<Quote> qs = quotes(TestDoc.of("Das Abkommen zeuge von „tiefem Vertrauen“ zwischen beiden Staaten und "
                + "einer „neuen Epoche“, berichtete der Sender Radio Nord.").org("Radio Nord").build());
        assertEquals(2, qs.size());
        assertEquals("radio-nord", quote(qs, "tiefem").speakerKey());
        assertEquals("radio-nord", quote(qs, "neuen Epoche").speakerKey());
        assertEquals(QuoteMode.PARTIAL, quote(qs, "tiefem").mode());
    }

    @Test
    void laterCoordinatedCueKeepsTheSentenceSubject() {
        List<Quote> qs = quotes(TestDoc.of("Norwegen sagte am Montag, es beobachte „die Manöver“ genau, und forderte "
                + "Moskau auf, „die Spannungen abzubauen“.").loc("Norwegen").loc("Moskau").build());
        assertEquals("norwegen", quote(qs, "Manöver").speakerKey());
        assertEquals("norwegen", quote(qs, "Spannungen").speakerKey());
    }

    @Test
    void lautAndZufolge() {
        Quote laut = only(TestDoc.of("Laut der Polizei Hamburg gab es „keine Hinweise auf ein Verbrechen“.")
                .org("Polizei Hamburg").build());
        assertEquals("polizei-hamburg", laut.speakerKey());
        Quote zufolge = only(TestDoc.of("Dem Verband VDA zufolge sind die Zahlen „alarmierend“.").org("VDA").build());
        assertEquals("vda", zufolge.speakerKey());
    }

    @Test
    void surnameMentionResolvesToTheFullEntity() {
        String text = "Der Bürgermeister Felix Stein kam spät. „Es tut mir leid“, sagte Stein.";
        Quote q = only(TestDoc.of(text).per("Felix Stein").per("Stein", "felix-stein").build());
        assertEquals("felix-stein", q.speakerKey());
        assertEquals(text.lastIndexOf("Stein"), q.speakerSpan().begin());
    }

    @Test
    void surnameTheNameFinderMissedStillCounts() {
        Quote q = only(TestDoc.of("Der Minister Tom Berger reiste ab. „Wir sehen uns“, sagte Berger.")
                .per("Tom Berger").build());
        assertEquals("tom-berger", q.speakerKey());
    }

    @Test
    void surnameSharedByTwoPersonsSettlesNothing() {
        Quote q = only(TestDoc.of("Tom Berger und Anna Berger reisten ab. „Wir sehen uns“, sagte Berger.")
                .per("Tom Berger").per("Anna Berger").build());
        assertNull(q.speakerKey());
    }

    @Test
    void objectAfterTheCueIsNoSpeakerWhenTheSubjectIsAnUnnamedBody() {
        Quote q = only(TestDoc.of("Die Opposition kritisierte Kanzler Tom Berger: „Das ist zu wenig.“")
                .per("Tom Berger").build());
        assertEquals(Slug.of("Opposition test"), q.speakerKey());
    }

    @Test
    void noSpeakerWhenTheCueClauseNamesNobody() {
        Quote q = only(TestDoc.of("„Wir sind bereit“, hieß es aus Kreisen der Regierung.").build());
        assertNull(q.speakerKey());
        assertNull(q.speakerSpan());
    }
}
