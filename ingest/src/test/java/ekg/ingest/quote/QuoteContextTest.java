package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Speakers that come from around the quote: pronouns, earlier attributions, neighbouring quotes. */
class QuoteContextTest {

    @Test
    void pronounResolvesToTheOnePersonBefore() {
        Quote q = quotes(TestDoc.of("Die Forscherin Nina Lang stellte am Montag ihre Studie vor. "
                + "„Wir waren selbst überrascht“, sagte sie.").per("Nina Lang").build()).get(0);
        assertEquals("nina-lang", q.speakerKey());
        assertEquals("sagte", q.cue());
    }

    @Test
    void pronounWithTwoCandidatesStaysUnresolved() {
        Quote q = quotes(TestDoc.of("Nina Lang traf sich mit Peter Voss. „Wir sind uns einig“, sagte er.")
                .per("Nina Lang").per("Peter Voss").build()).get(0);
        assertNull(q.speakerKey());
        assertEquals(QuoteMode.DIRECT, q.mode());
    }

    @Test
    void pronounLooksNoFurtherThanTwoSentencesBack() {
        Quote q = quotes(TestDoc.of("Nina Lang kam. Es regnete. Der Saal war voll. Die Luft war warm. "
                + "„Willkommen“, sagte sie.").per("Nina Lang").build()).get(0);
        assertNull(q.speakerKey());
    }

    @Test
    void pronounSubjectBeforeAParticiple() {
        Quote q = quote(quotes(TestDoc.of("Die Senatorin Ilse Hart reiste nach Rom. Bereits im Mai hatte sie erklärt, "
                + "die Reform sei „überfällig“.").per("Ilse Hart").loc("Rom").build()), "überfällig");
        assertEquals("ilse-hart", q.speakerKey());
        assertEquals(QuoteMode.PARTIAL, q.mode());
    }

    @Test
    void quoteAfterAnAttributedSentenceKeepsThatSpeaker() {
        List<Quote> qs = quotes(TestDoc.of("Die Lage sei ernst, sagte Innenminister Karl Frei am Abend in Kiel. "
                + "Man müsse jetzt handeln. „Wir dürfen keine Zeit mehr verlieren.“\n\n„Jeder Tag zählt.“")
                .per("Karl Frei").loc("Kiel").build());
        assertEquals("karl-frei", quote(qs, "keine Zeit").speakerKey());
        assertEquals("karl-frei", quote(qs, "Jeder Tag").speakerKey());
        assertNull(quote(qs, "keine Zeit").cue());
    }

    @Test
    void anotherCueInBetweenCarriesItsOwnSpeaker() {
        Quote q = quote(quotes(TestDoc.of("Die Lage sei ernst, sagte Karl Frei.\n\nDie Opposition kritisierte den Plan "
                + "scharf.\n\n„Das ist zu spät.“").per("Karl Frei").build()), "zu spät");
        assertEquals(Slug.of("Opposition test"), q.speakerKey());
    }

    @Test
    void carryOverEndsAfterOneParagraph() {
        Quote q = quote(quotes(TestDoc.of("Die Lage sei ernst, sagte Karl Frei.\n\nDas Wetter bleibt kalt.\n\n"
                + "„Das ist zu spät.“").per("Karl Frei").build()), "zu spät");
        assertNull(q.speakerKey());
    }

    @Test
    void adjacentQuotesShareTheFollowingCue() {
        List<Quote> qs = quotes(TestDoc.of("„Wir haben gekämpft.“ „Am Ende hat es nicht gereicht“, sagte Kapitänin "
                + "Sara Kuhn.").per("Sara Kuhn").build());
        assertEquals(2, qs.size());
        qs.forEach(q -> assertEquals("sara-kuhn", q.speakerKey()));
        qs.forEach(q -> assertEquals(QuoteMode.DIRECT, q.mode()));
    }

    @Test
    void adjacentQuotesShareTheCueBefore() {
        List<Quote> qs = quotes(TestDoc.of("Sara Kuhn sagte: „Erstens bleibe ich.“ „Zweitens spiele ich weiter.“")
                .per("Sara Kuhn").build());
        assertEquals(2, qs.size());
        qs.forEach(q -> assertEquals("sara-kuhn", q.speakerKey()));
    }

    @Test
    void cueAfterAStrayCloserGoesBackToTheQuoteBefore() {
        Quote q = quote(quotes(TestDoc.of("„Die Arbeit ist getan.“ Nun beginnt die nächste Phase“, sagte "
                + "Projektleiter Ben Marx.").per("Ben Marx").build()), "Arbeit");
        assertEquals("ben-marx", q.speakerKey());
    }

    @Test
    void impersonalCueTakesThePreviousSource() {
        List<Quote> qs = quotes(TestDoc.of("Die Gespräche seien „konstruktiv“ verlaufen, teilte das Außenamt mit. "
                + "Man sehe „gute Chancen“ für eine Einigung, hieß es weiter.").org("Außenamt").build());
        assertEquals("außenamt", quote(qs, "konstruktiv").speakerKey());
        assertEquals("teilte mit", quote(qs, "konstruktiv").cue());
        assertEquals("außenamt", quote(qs, "gute Chancen").speakerKey());
    }

    @Test
    void partialQuotesDoNotCarryOver() {
        List<Quote> qs = quotes(TestDoc.of("Die Lage sei ernst, sagte Karl Frei. Der Plan gilt als „mutig“.")
                .per("Karl Frei").build());
        assertEquals(List.of(), qs);
    }
}
