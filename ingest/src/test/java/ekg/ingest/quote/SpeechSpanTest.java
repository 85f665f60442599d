package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.all;
import static ekg.ingest.quote.TestDoc.indirect;
import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which spans are speech, and in which mode: verbatim, reported, or no speech at all. */
class SpeechSpanTest {

    @Test
    void copyThatKeepsItsMarksRendersUnmarkedWordsAsReported() {
        String text = "Anna Berger nannte den Plan „mutig“ und „teuer“. Anna Berger: Wir bauen die Halle noch in diesem Jahr.";
        Quote q = quote(all(TestDoc.of(text).per("Anna Berger").tag("bauen", "VERB").tag("nannte", "VERB").build()),
                "Wir bauen");
        assertEquals(QuoteMode.INDIRECT, q.mode());
        assertEquals("anna-berger", q.speakerKey());
        // the same words in copy without marks are verbatim
        Quote bare = quote(all(TestDoc.of("Anna Berger: Wir bauen die Halle noch in diesem Jahr.").per("Anna Berger")
                .tag("bauen", "VERB").build()), "Wir bauen");
        assertEquals(QuoteMode.DIRECT, bare.mode());
    }

    @Test
    void aWholeSentenceOrAClauseToTheSentenceEndKeepsItsStop() {
        String text = "Ina Falk sagte, der Bau beginne im Mai. Die Halle sei zu klein! Sie sagte: Wir bauen neu.";
        List<Quote> qs = all(TestDoc.of(text).per("Ina Falk").tag("beginne", "VERB").tag("bauen", "VERB").build());
        assertEquals("der Bau beginne im Mai.", quote(qs, "Bau").text());
        assertEquals("Die Halle sei zu klein!", quote(qs, "Halle").text());
        assertEquals("Wir bauen neu.", quote(qs, "Wir bauen").text());
    }

    @Test
    void aFrontedSubordinateClauseIsNoVerbatimSpeech() {
        Quote q = quote(all(TestDoc.of("Dass die Brücke hält, glaubt Ina Falk nicht.").per("Ina Falk")
                .tag("hält", "VERB").tag("glaubt", "VERB").build()), "Brücke");
        assertEquals(QuoteMode.INDIRECT, q.mode());
        Quote w = quote(all(TestDoc.of("Warum der Zug so spät kam, erklärte Ina Falk mit dem Wetter.").per("Ina Falk")
                .tag("kam", "VERB").tag("erklärte", "VERB").tag("Warum", "ADV").tag("spät", "ADV").build()), "Zug");
        assertEquals(QuoteMode.INDIRECT, w.mode());
        // a main clause after the subordinate one is verbatim again
        Quote main = quote(all(TestDoc.of("Wenn es regnet, dann spielen wir drinnen, sagte Ina Falk.").per("Ina Falk")
                .tag("regnet", "VERB").tag("spielen", "VERB").tag("dann", "ADV").build()), "regnet");
        assertEquals(QuoteMode.DIRECT, main.mode());
    }

    @Test
    void verbatimWordsAfterAColonInsideTheSentenceEndAtTheColon() {
        String text = "Während viele zweifeln, zählt Ina Falk zu den Befürwortern: Wir ändern die Regeln, sagte Ina Falk.";
        Quote q = quote(all(TestDoc.of(text).per("Ina Falk").tag("zweifeln", "VERB").tag("zählt", "VERB")
                .tag("ändern", "VERB").tag("Während", "SCONJ").tag("viele", "PRON").build()), "Regeln");
        assertEquals("Wir ändern die Regeln", q.text());
        assertEquals(QuoteMode.DIRECT, q.mode());
    }

    @Test
    void namesGivenAndCompoundsInQuoteMarksAreNoSpeech() {
        // inside reported speech a few quoted words would be kept as the speaker's
        for (String text : List.of("Ina Falk sagte, die Messe nenne sich heute „Lichtwerk 7“.",
                "Ina Falk sagte, das nenne man einen „Schuldenschnitt“.",
                "Ina Falk sagte, das melde die „Morgen“-Ausgabe.",
                "Ina Falk sagte, die Firma „blau energie“ baue ein Werk.")) {
            List<Quote> qs = all(TestDoc.of(text).per("Ina Falk").tag("nenne", "VERB").tag("baue", "VERB").build());
            assertEquals(1, qs.size(), qs::toString);
            assertEquals(QuoteMode.INDIRECT, qs.get(0).mode());
        }
        List<Quote> kept = all(TestDoc.of("Ina Falk sagte, das sei ein „Schuldenschnitt“.").per("Ina Falk").build());
        assertEquals(2, kept.size(), kept::toString);
    }

    @Test
    void aSeparableCueReachesOverQuotedWordsToTheEndOfItsClause() {
        List<Quote> qs = quotes(TestDoc.of("Die Ministerin Eva Roth wies die Vorwürfe als „völlig haltlos“ zurück.")
                .per("Eva Roth").tag("wies", "VERB").tag("zurück", "ADP").build());
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("eva-roth", qs.get(0).speakerKey());
        Quote far = indirect(TestDoc.of("Eva Roth teilte am Montagabend nach einer langen Sitzung des Rates in der Stadthalle mit, "
                + "dass die Schule schließt.").per("Eva Roth").tag("teilte", "VERB").tag("schließt", "VERB").build()).get(0);
        assertEquals("dass die Schule schließt.", far.text());
    }

    @Test
    void anIndicativeMainClauseAfterACueIsReported() {
        Quote q = indirect(TestDoc.of("Eva Roth sagte am Montag, die Stadt hält an dem Plan fest.").per("Eva Roth")
                .tag("hält", "VERB").build()).get(0);
        assertEquals("die Stadt hält an dem Plan fest.", q.text());
        // a relative clause with its verb last is none
        assertEquals(List.of(), indirect(TestDoc.of("Das sagte Eva Roth, die den Plan kennt.").per("Eva Roth")
                .tag("kennt", "VERB").build()));
    }

    @Test
    void aWieClauseMayHoldAnApposition() {
        Quote q = indirect(TestDoc.of("Wie der Leiter des Amtes, Karl Brenner, mitteilte, fällt der Unterricht aus.")
                .per("Karl Brenner").tag("fällt", "VERB").build()).get(0);
        assertEquals("fällt der Unterricht aus.", q.text());
        assertEquals("karl-brenner", q.speakerKey());
    }

    @Test
    void aSentencePointedBackToIsWhatTheCueReports() {
        List<Quote> qs = indirect(TestDoc.of("Die Partei schließt ein Bündnis mit der Liste Nord aus. Dies bestätigte Eva Roth am Abend.")
                .per("Eva Roth").org("Liste Nord").tag("schließt", "VERB").build());
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("Die Partei schließt ein Bündnis mit der Liste Nord aus.", qs.get(0).text());
        assertEquals("bestätigte", qs.get(0).cue());
        Quote inner = indirect(TestDoc.of("Die Kamera ist seit Montag ausgefallen, das teilte die Sternwarte Lohberg mit.")
                .org("Sternwarte Lohberg").tag("ausgefallen", "VERB").build()).get(0);
        assertEquals("Die Kamera ist seit Montag ausgefallen", inner.text());
    }

    @Test
    void aQuoteRunningOverParagraphsIsOneUtterance() {
        String text = "Ina Falk sagte: „Wir bauen die Halle.\n\n„Und wir bauen sie schnell.“";
        List<Quote> qs = quotes(TestDoc.of(text).per("Ina Falk").tag("bauen", "VERB").build());
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Wir bauen die Halle.", qs.get(0).text());
        assertEquals("ina-falk", qs.get(0).speakerKey());
    }

    @Test
    void unmarkedWordsOfAnUnnamedTextOrGroupAreRendered() {
        Quote q = quote(all(TestDoc.of("Die Anwohner sagten am Abend: Wir wollen hier bleiben.").tag("wollen", "AUX")
                .tag("bleiben", "VERB").build()), "bleiben");
        assertEquals(QuoteMode.INDIRECT, q.mode());
    }

    @Test
    void pastNarrationAfterAColonIsNoVerbatimSpeech() {
        Quote q = quote(all(TestDoc.of("Eva Roth feierte den Sieg auf ihre Art: Sie tanzte auf dem Tisch.")
                .per("Eva Roth").tag("tanzte", "VERB").tag("feierte", "VERB").build()), "tanzte");
        assertEquals(QuoteMode.INDIRECT, q.mode());
    }

    @Test
    void sollenWithTheCopulaPassesOnAClaim() {
        List<Quote> qs = indirect(TestDoc.of("Der Täter soll etwa dreißig Jahre alt sein.").tag("soll", "AUX")
                .tag("sein", "AUX").build());
        assertEquals(1, qs.size(), qs::toString);
    }

    @Test
    void opinionsHeldAndIntentionsAnnouncedAreSpeech() {
        Quote q = indirect(TestDoc.of("Eva Roth ist der Auffassung, dass die Halle zu klein ist.").per("Eva Roth")
                .tag("ist", "AUX").build()).get(0);
        assertEquals("dass die Halle zu klein ist.", q.text());
        assertEquals("eva-roth", q.speakerKey());
        List<Quote> plan = all(TestDoc.of("Die Liste Nord will die Gebühren senken.").org("Liste Nord").tag("will", "AUX")
                .tag("senken", "VERB").build());
        assertEquals(1, plan.size(), plan::toString);
        assertEquals(QuoteMode.REPORTED, plan.get(0).mode());
        // a plan in the writer's passive is none
        assertEquals(List.of(), all(TestDoc.of("Die Eröffnung ist für Mai geplant.").tag("ist", "AUX").tag("geplant", "VERB").build()));
    }

    @Test
    void sourcesAndGlossesInQuoteMarksAreNoSpeech() {
        // inside reported speech, where a few quoted words would be kept
        for (String text : List.of("Ina Falk sagte, dem „Abendblatt“ zufolge sei die Halle zu.",
                "Ina Falk sagte, die Partei (etwa: „Bund der Mitte“) sei neu.",
                "Ina Falk sagte, in der Illustrierten „Sonntag“ stehe das.")) {
            assertTrue(quotes(TestDoc.of(text).per("Ina Falk").build()).isEmpty(), text);
        }
        // a clause that opens an infinitive is no verbatim sentence
        Quote q = quote(all(TestDoc.of("Um den Plan zu prüfen, sagte Ina Falk.").per("Ina Falk")
                .tag("Um", "ADP").tag("prüfen", "VERB").build()), "prüfen");
        assertEquals(QuoteMode.INDIRECT, q.mode());
    }

    @Test
    void slogansAfterWieAreSpeechButSourcesAreNot() {
        List<Quote> slogans = quotes(TestDoc.of("Die Menge skandierte Parolen wie „Wir bleiben hier!“ vor dem Rathaus.")
                .build());
        assertEquals(1, slogans.size(), slogans::toString);
        assertTrue(quotes(TestDoc.of("Ina Falk sagte, wie „Abendpost“ berichte, sei die Halle zu.").per("Ina Falk").build())
                .isEmpty());
    }
}
