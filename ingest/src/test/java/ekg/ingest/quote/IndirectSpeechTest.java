package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.all;
import static ekg.ingest.quote.TestDoc.indirect;
import static ekg.ingest.quote.TestDoc.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reported speech without quote marks, in sentences of the kinds German news uses. */
class IndirectSpeechTest {

    private static Quote only(Doc d) {
        List<Quote> qs = indirect(d);
        assertEquals(1, qs.size(), () -> "indirect quotes: " + qs);
        return qs.get(0);
    }

    @Test
    void clauseBeforeACommaAndTheCue() {
        String text = "Die Brücke über den Fluss sei marode, sagte Baudezernent Ralf Ohm am Dienstag.";
        Quote q = only(TestDoc.of(text).per("Ralf Ohm").tag("sei", "AUX").build());
        assertEquals("Die Brücke über den Fluss sei marode", q.text());
        assertEquals(QuoteMode.INDIRECT, q.mode());
        assertEquals("sagte", q.cue());
        assertEquals("ralf-ohm", q.speakerKey());
    }

    @Test
    void clauseAfterTheCueWithDassOrASubjunctive() {
        Quote dass = only(TestDoc.of("Ralf Ohm erklärte am Montag, dass die Brücke gesperrt werde.")
                .per("Ralf Ohm").tag("werde", "AUX").build());
        // a clause that runs to the end of its sentence keeps the sentence's stop
        assertEquals("dass die Brücke gesperrt werde.", dass.text());
        Quote konjunktiv = only(TestDoc.of("Die Stadtwerke teilten mit, der Strom fließe wieder überall.")
                .org("Stadtwerke").tag("fließe", "VERB").build());
        assertEquals("der Strom fließe wieder überall.", konjunktiv.text());
        assertEquals("stadtwerke", konjunktiv.speakerKey());
    }

    @Test
    void anIndicativeClauseAfterTheCueIsNoReport() {
        assertEquals(List.of(), indirect(TestDoc.of("Ralf Ohm erklärte, warum die Brücke gesperrt wurde.")
                .per("Ralf Ohm").tag("wurde", "AUX").tag("erklärte", "VERB").build()));
    }

    @Test
    void theReportStopsBeforeASecondVerbOfTheSpeaker() {
        Quote q = only(TestDoc.of("Der Landkreis sagte, er prüfe die Pläne genau und forderte mehr Geld vom Land.")
                .org("Landkreis").tag("prüfe", "VERB").build());
        assertEquals("er prüfe die Pläne genau", q.text());
    }

    @Test
    void attributingPhrasesReportTheWholeSentence() {
        Quote laut = only(TestDoc.of("Laut Polizei Kassel hat der Fahrer den Unfall selbst gemeldet.")
                .org("Polizei Kassel").build());
        assertEquals("Laut Polizei Kassel hat der Fahrer den Unfall selbst gemeldet.", laut.text());
        assertEquals("polizei-kassel", laut.speakerKey());
        Quote zufolge = only(TestDoc.of("Dem Wetterdienst zufolge wird es morgen kälter.").org("Wetterdienst").build());
        assertEquals("wetterdienst", zufolge.speakerKey());
    }

    @Test
    void anAttributingPhraseWithAnUnnamedSourceHasThatSourceAsSpeaker() {
        Quote q = only(TestDoc.of("Experten zufolge wird es morgen kälter.").build());
        assertEquals("Experten zufolge wird es morgen kälter.", q.text());
        assertEquals(Slug.of("Experten test"), q.speakerKey());
    }

    @Test
    void aShortInsertReportsTheWholeSentence() {
        Quote q = only(TestDoc.of("Damals, so die Feuerwehr Lohberg, sei das Haus schon leer gewesen.")
                .org("Feuerwehr Lohberg").build());
        assertTrue(q.text().startsWith("Damals, so die Feuerwehr Lohberg, sei"), q.text());
        assertEquals("feuerwehr-lohberg", q.speakerKey());
    }

    @Test
    void subjunctiveSentencesAfterAnAttributionKeepItsSpeaker() {
        String text = "Der Kanal sei verstopft, sagte Ina Falk. Man müsse ihn dringend reinigen. "
                + "Die Arbeiten beginnen im Mai. Das koste viel Geld.";
        List<Quote> qs = indirect(TestDoc.of(text).per("Ina Falk").tag("müsse", "AUX").tag("beginnen", "VERB")
                .tag("koste", "VERB").build());
        assertEquals(List.of("Der Kanal sei verstopft", "Man müsse ihn dringend reinigen.", "Das koste viel Geld."),
                qs.stream().map(Quote::text).toList());
        assertEquals("ina-falk", qs.get(1).speakerKey());
        assertNull(qs.get(1).cue());
        // a writer's sentence between, naming nobody else, does not end the passage within its paragraph
        assertEquals("ina-falk", qs.get(2).speakerKey());
    }

    @Test
    void anotherPersonBetweenLeavesTheResumedPassageWithoutSpeaker() {
        String text = "Der Kanal sei verstopft, sagte Ina Falk. Die Arbeiten leitet Tom Berg. Das koste viel Geld.";
        List<Quote> qs = indirect(TestDoc.of(text).per("Ina Falk").per("Tom Berg").tag("leitet", "VERB")
                .tag("koste", "VERB").build());
        assertEquals("Das koste viel Geld.", qs.get(qs.size() - 1).text());
        assertNull(qs.get(qs.size() - 1).speakerKey());
    }

    @Test
    void aSubjunctiveSentenceAfterADirectQuoteKeepsItsSpeaker() {
        String text = "„Wir sind bereit“, sagte Ina Falk. Die Stadt habe genug Sandsäcke.";
        Quote q = only(TestDoc.of(text).per("Ina Falk").build());
        assertEquals("Die Stadt habe genug Sandsäcke.", q.text());
        assertEquals("ina-falk", q.speakerKey());
    }

    @Test
    void aRelativeClauseBeforeTheCueIsNoReport() {
        String text = "Der Landrat Ralf Ohm, der am Montag in Kassel war, versicherte den Bürgern schnelle Hilfe.";
        assertEquals(List.of(), indirect(TestDoc.of(text).per("Ralf Ohm").loc("Kassel").tag("war", "AUX")
                .tag("versicherte", "VERB").build()));
    }

    @Test
    void quotedWordsInReportedSpeechTakeItsSpeaker() {
        Doc d = TestDoc.of("Die Räte seien müde, sagte Ina Falk. Die Lage sei „sehr ernst“ und verlange Geduld.")
                .per("Ina Falk").tag("verlange", "VERB").build();
        Quote partial = quote(all(d).stream().filter(q -> q.mode() != QuoteMode.INDIRECT).toList(), "sehr ernst");
        assertEquals(QuoteMode.PARTIAL, partial.mode());
        assertEquals("ina-falk", partial.speakerKey());
    }

    @Test
    void scareQuotesOutsideReportedSpeechAreStillDropped() {
        assertEquals(List.of(), all(TestDoc.of("Der Verein plant ein neues Haus, einen „Leuchtturm“ der Region.").build()));
    }

    @Test
    void verbFormsInTheSubjunctive() {
        for (String w : List.of("zeige", "gefährde", "erschwere", "sei", "seien", "könne", "wäre", "würden", "müssten")) {
            assertTrue(Mood.subjunctiveForm(w), w);
        }
        // indicative too: the plural "haben", a weak verb's past "sagte", "sollte"
        for (String w : List.of("sagte", "zeigt", "haben", "sollte", "sie", "gut")) assertTrue(!Mood.subjunctiveForm(w), w);
    }

    @Test
    void aCueInARelativeClauseWithItsAuxiliaryReportsTheClauseAfterIt() {
        // the participle and its auxiliary close the relative clause; its subject is the court, not the dispute
        String text = "Der Streit begann vor zwei Jahren, in dessen Folge das Landgericht festgestellt hatte, "
                + "die Stadt sei im Recht gewesen.";
        Quote q = only(TestDoc.of(text).tag("begann", "VERB").tag("festgestellt", "VERB").tag("dessen", "PRON").build());
        assertEquals("die Stadt sei im Recht gewesen.", q.text());
        assertEquals(Slug.of("Landgericht test"), q.speakerKey());
    }

    @Test
    void aParticipleOfTwoVerbsWithItsAuxiliaryReportsNothingAfterIt() {
        // "gestanden" is stood as much as confessed: the boat confessed nothing
        Doc d = TestDoc.of("Ein Boot, das lange am Ufer gestanden hatte, sei am Morgen im Hafen gesunken, meldet die Polizei.")
                .tag("gestanden", "VERB").tag("sei", "AUX").tag("gesunken", "VERB").build();
        assertTrue(indirect(d).stream().noneMatch(q -> "gestanden".equals(q.cue())), () -> indirect(d).toString());
    }
}
