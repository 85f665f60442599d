package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.all;
import static ekg.ingest.quote.TestDoc.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verbatim speech in copy whose quote marks were stripped: the frames it stands in. */
class StrippedSpeechTest {

    @Test
    void aSentenceOpenedByDaWithItsVerbNextIsAMainClause() {
        List<Quote> qs = all(TestDoc.of("Da fehlt es an jedem Verständnis für die Lage, sagt Ina Falk.")
                .per("Ina Falk").tag("Da", "SCONJ").tag("fehlt", "VERB").tag("sagt", "VERB").build());
        Quote q = quote(qs, "Verständnis");
        assertEquals("Da fehlt es an jedem Verständnis für die Lage", q.text());
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("ina-falk", q.speakerKey());
        // a subordinate "da" with its verb last reports nothing of its own
        List<Quote> sub = all(TestDoc.of("Da es regnet, sagt Ina Falk das Fest ab.").per("Ina Falk").tag("Da", "SCONJ")
                .tag("regnet", "VERB").tag("sagt", "VERB").build());
        assertTrue(sub.stream().noneMatch(x -> x.text().equals("Da es regnet")), sub::toString);
    }

    @Test
    void theClauseBeforeAFrameWithAColonIsSaidToo() {
        List<Quote> qs = all(TestDoc.of("Das Streiten muss ein Ende haben, sagte Ina Falk: Ein neuer Anfang muss her.")
                .per("Ina Falk").tag("muss", "AUX").tag("haben", "VERB").build());
        assertEquals("Das Streiten muss ein Ende haben", quote(qs, "Streiten").text());
        assertEquals("Ein neuer Anfang muss her.", quote(qs, "Anfang").text());
        assertEquals("ina-falk", quote(qs, "Streiten").speakerKey());
    }

    @Test
    void wordsWithoutAVerbBeforeAFrameThatEndsTheSentenceAreSaid() {
        Quote q = quote(all(TestDoc.of("Und zwar jeden Tag, sagte Ina Falk.").per("Ina Falk").build()), "jeden Tag");
        assertEquals("Und zwar jeden Tag", q.text());
        assertEquals("ina-falk", q.speakerKey());
        // with a clause after the frame, the words before it are an adverbial of that clause
        List<Quote> qs = all(TestDoc.of("Nach dem Spiel gegen Nord, sagte Ina Falk, war alles anders.").per("Ina Falk")
                .tag("war", "AUX").build());
        assertTrue(qs.stream().noneMatch(x -> x.text().equals("Nach dem Spiel gegen Nord")), qs::toString);
    }

    @Test
    void aVerbOfSayingBeforeAColonFramesWhatFollows() {
        Quote q = quote(all(TestDoc.of("Das Thema begleite ihn seit Jahren, sagt Ina Falk: Eine Frage der Haltung.")
                .per("Ina Falk").tag("begleite", "VERB").build()), "Haltung");
        assertEquals("Eine Frage der Haltung.", q.text());
        assertEquals("ina-falk", q.speakerKey());
        // a speaker the text leaves open still frames verbatim words
        Quote open = quote(all(TestDoc.of("Sie betont im Gespräch: Das Amt hat nach dem Gesetz gehandelt.")
                .tag("hat", "AUX").tag("gehandelt", "VERB").build()), "Amt");
        assertEquals(QuoteMode.DIRECT, open.mode());
        // a verb that takes a noun phrase introduces a list, not speech
        List<Quote> list = all(TestDoc.of("Ina Falk nannte drei Gründe: Geld, Zeit und Personal.").per("Ina Falk").build());
        assertTrue(list.stream().noneMatch(x -> x.text().startsWith("Geld")), list::toString);
        // a colon inside brackets glosses a name
        List<Quote> gloss = all(TestDoc.of("Die Führer der Gruppe (übersetzt: Es reicht jetzt!) kamen frei.")
                .tag("reicht", "VERB").tag("übersetzt", "VERB").tag("kamen", "VERB").build());
        assertTrue(gloss.stream().noneMatch(x -> x.text().startsWith("Es reicht")), gloss::toString);
    }

    @Test
    void theFirstPersonAfterAColonIsTheSpeechOfTheClauseBefore() {
        Quote q = quote(all(TestDoc.of("Ina Falk beschloss zu gehen: Ich wollte nur noch weg.").per("Ina Falk")
                .tag("beschloss", "VERB").tag("wollte", "AUX").build()), "weg");
        assertEquals("Ich wollte nur noch weg.", q.text());
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("ina-falk", q.speakerKey());
    }

    @Test
    void theFirstPersonGoesOnAfterVerbatimWordsWhoseSpeakerIsOpen() {
        List<Quote> qs = all(TestDoc.of("Zum Schluss ist uns die Kraft ausgegangen, sagte der Trainer. Wir haben vorher viel investiert.")
                .tag("ausgegangen", "VERB").tag("haben", "AUX").tag("investiert", "VERB").build());
        Quote q = quote(qs, "investiert");
        assertEquals("Wir haben vorher viel investiert.", q.text());
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals(quote(qs, "Kraft").speakerKey(), q.speakerKey());
    }

    @Test
    void theFirstPersonBeforeVerbatimWordsWithTheirCueIsTheSameSpeakersInAnyTense() {
        List<Quote> qs = all(TestDoc.of("Der Fischer verlor sein Boot im Sturm. Ich hatte keine Wahl mehr. Wir mussten in der Nacht los, erzählte Tom Brandt.")
                .per("Tom Brandt").tag("verlor", "VERB").tag("hatte", "VERB").tag("mussten", "AUX").tag("erzählte", "VERB").build());
        Quote q = quote(qs, "Wahl");
        assertEquals("Ich hatte keine Wahl mehr.", q.text());
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("tom-brandt", q.speakerKey());
        // the writer's past narration before it is not the speaker's
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("Boot")), qs::toString);
    }
}
