package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Speakers settled by what German marks of case and gender: an owner or a dative is no subject, an
 * organisation is "sie" or "er" when no person fits, "Aus X hieß es" names where words came from, and
 * "Das sagte X" after a quote names its speaker.
 */
class SpeakerCaseTest {

    @Test
    void aNameThatOwnsTheNounAfterItIsNotTheSpeaker() {
        Doc d = TestDoc.of("Nordwerk baut Stellen ab. Nordwerks Sprecher sagte: „Wir prüfen den Antrag.“")
                .org("Nordwerks", "nordwerk").org("Nordwerk", "nordwerk").tag("baut", "VERB").build();
        Quote q = quote(quotes(d), "Antrag");
        assertNotEquals("nordwerk", q.speakerKey());
        assertEquals("Sprecher", q.speakerSpan().of(d.text()));
    }

    @Test
    void aNameThatEndsInSWithoutAnotherFormOwnsNothing() {
        Doc d = TestDoc.of("Nordbus Werke melden: „Alle zehn Busse sind bestellt.“").org("Nordbus").tag("melden", "VERB").build();
        assertEquals("nordbus", quote(quotes(d), "zehn Busse").speakerKey());
    }

    @Test
    void aFeminineNounAfterDerIsADativeSoTheSubjectFollowsTheVerb() {
        Doc d = TestDoc.of("Der örtlichen Zeitung sagte Jonas Brandt: „Ich bereue nichts.“")
                .per("Jonas Brandt").tag("örtlichen", "ADJ").build();
        assertEquals("jonas-brandt", quote(quotes(d), "bereue").speakerKey());
        Doc compound = TestDoc.of("Der Lokalzeitung sagte Jonas Brandt: „Ich bereue nichts.“").per("Jonas Brandt").build();
        assertEquals("jonas-brandt", quote(quotes(compound), "bereue").speakerKey());
    }

    @Test
    void aMasculineNounAfterDerStaysTheSubject() {
        Doc d = TestDoc.of("Der Verband sagte: „Wir klagen.“").build();
        assertEquals("Verband", quote(quotes(d), "klagen").speakerSpan().of(d.text()));
    }

    @Test
    void whatSomethingIsAfterAlsIsNoSpeaker() {
        Doc d = TestDoc.of("Als Erklärung sagte ein Forscher: „Die Proben sind zu alt.“").tag("Als", "ADP").build();
        Quote q = quote(quotes(d), "Proben");
        assertEquals("Forscher", q.speakerSpan().of(d.text()));
    }

    @Test
    void sieWithoutAWomanNamedIsTheOrganisationOfFeminineGenderBefore() {
        Doc d = TestDoc.of("Die Gewerkschaft Bau lehnt den Plan von Peter Lang ab. „Das ist ein Irrweg“, sagte sie.")
                .org("Gewerkschaft Bau").per("Peter Lang").tag("lehnt", "VERB").build();
        assertEquals("gewerkschaft-bau", quote(quotes(d), "Irrweg").speakerKey());
    }

    @Test
    void erIsAnOrganisationOnlyWithAMasculineArticle() {
        Doc masculine = TestDoc.of("Der Verband Nordwerk lehnt den Plan ab. „Das ist ein Irrweg“, sagte er.")
                .org("Nordwerk").tag("lehnt", "VERB").build();
        assertEquals("nordwerk", quote(quotes(masculine), "Irrweg").speakerKey());
        Doc feminine = TestDoc.of("Die Stiftung Nordwerk lehnt den Plan ab. „Das ist ein Irrweg“, sagte er.")
                .org("Nordwerk").tag("lehnt", "VERB").build();
        assertNull(quote(quotes(feminine), "Irrweg").speakerKey());
    }

    @Test
    void aWomanNamedBeforeStillWinsOverAnOrganisation() {
        Doc d = TestDoc.of("Die Gewerkschaft Bau und Anna Roth lehnen den Plan ab. „Das ist ein Irrweg“, sagte sie.")
                .org("Gewerkschaft Bau").per("Anna Roth").tag("lehnen", "VERB").build();
        assertEquals("anna-roth", quote(quotes(d), "Irrweg").speakerKey());
    }

    @Test
    void twoOrganisationsOfTheSameGenderLeaveSieOpen() {
        Doc d = TestDoc.of("Die Gewerkschaft Bau und die Kammer Nord lehnen den Plan ab. „Das ist ein Irrweg“, sagte sie.")
                .org("Gewerkschaft Bau").org("Kammer Nord").tag("lehnen", "VERB").build();
        assertNull(quote(quotes(d), "Irrweg").speakerKey());
    }

    @Test
    void ausWithAPlaceBeforeHiessEsNamesWhereTheWordsCameFrom() {
        Doc d = TestDoc.of("„Wir sind bereit“, sagte Anna Roth. Aus Rom hieß es: „Wir warten ab.“")
                .per("Anna Roth").loc("Rom").build();
        List<Quote> qs = quotes(d);
        assertEquals("anna-roth", quote(qs, "bereit").speakerKey());
        assertEquals("rom", quote(qs, "warten").speakerKey());
    }

    @Test
    void sieCanBeABodyTheArticleDescribesWithoutAName() {
        Doc d = TestDoc.of("Die Polizei sperrte die Straße. „Niemand darf hinein“, sagte sie.").tag("sperrte", "VERB").build();
        assertEquals("Polizei", quote(quotes(d), "Niemand").speakerSpan().of(d.text()));
    }

    @Test
    void aQuoteOfItsOwnTakesTheCueOfTheSentenceThatPointsBackToIt() {
        Doc d = TestDoc.of("„Ja, es gibt Härten.“ Das sagte Jonas Wendt am Montag.").per("Jonas Wendt").build();
        assertEquals("jonas-wendt", quote(quotes(d), "Härten").speakerKey());
        Doc modal = TestDoc.of("„Ja, es gibt Härten.“ Das musste Jonas Wendt am Montag einräumen.").per("Jonas Wendt")
                .tag("musste", "AUX").tag("einräumen", "VERB").build();
        assertEquals("jonas-wendt", quote(quotes(modal), "Härten").speakerKey());
    }

    @Test
    void aSentenceThatAnswersTheQuoteIsNotItsFrame() {
        Doc d = TestDoc.of("„Die Kasse ist leer.“ Das dementierte Jonas Wendt am Montag.").per("Jonas Wendt").build();
        assertNull(quote(quotes(d), "Kasse").speakerKey());
    }
}
