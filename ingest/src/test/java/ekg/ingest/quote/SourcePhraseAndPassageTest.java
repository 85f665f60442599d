package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.all;
import static ekg.ingest.quote.TestDoc.indirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source phrases, passages carried on by "sollen" or a cue inside the report, and speech acts without a named speaker. */
class SourcePhraseAndPassageTest {

    private static List<String> texts(List<Quote> qs) {
        return qs.stream().map(Quote::text).toList();
    }

    @Test
    void aSourceNounBeforeNachAttributesTheSentence() {
        List<Quote> qs = indirect(TestDoc.of("Der Umbau ist seiner Ansicht nach viel zu teuer.").build());
        assertEquals(List.of("Der Umbau ist seiner Ansicht nach viel zu teuer."), texts(qs));
        // "nach" before a place is a direction, not a source
        assertEquals(List.of(), indirect(TestDoc.of("Sie schickte ihren Bericht nach Kassel.").loc("Kassel").build()));
    }

    @Test
    void nachEigenenAngabenSpeaksForTheSubject() {
        Quote q = indirect(TestDoc.of("Die Firma Nordwerk hat nach eigenen Angaben hundert Leute eingestellt.")
                .org("Firma Nordwerk").build()).get(0);
        assertEquals("firma-nordwerk", q.speakerKey());
    }

    @Test
    void demnachReportsItsSentenceForTheSourceBefore() {
        String text = "Die Stadtwerke Lohberg legten am Montag ihren Bericht vor. Demnach stieg der Verbrauch stark.";
        List<Quote> qs = indirect(TestDoc.of(text).org("Stadtwerke Lohberg").tag("legten", "VERB")
                .tag("stieg", "VERB").tag("Demnach", "ADV").build());
        assertEquals(List.of("Demnach stieg der Verbrauch stark."), texts(qs));
    }

    @Test
    void sollenRightAfterReportedSpeechCarriesItOn() {
        String text = "Der Verband forderte einen neuen Tarif. Die Busse sollen am Mittwoch in den Depots bleiben. "
                + "Die Busse sollen neu lackiert werden.";
        List<Quote> qs = indirect(TestDoc.of(text).org("Verband").tag("sollen", "AUX").tag("bleiben", "VERB")
                .tag("lackiert", "VERB").tag("forderte", "VERB").build());
        assertEquals(List.of("Die Busse sollen am Mittwoch in den Depots bleiben.", "Die Busse sollen neu lackiert werden."),
                texts(qs));
        assertEquals("verband", qs.get(0).speakerKey());
        // without a passage before it, "sollen" is the writer's
        assertEquals(List.of(), indirect(TestDoc.of("Die Busse sollen neu lackiert werden.").tag("sollen", "AUX")
                .tag("lackiert", "VERB").build()));
    }

    @Test
    void aCueInsideASubjunctiveSentenceIsPartOfTheReport() {
        String text = "Der Plan sei fertig, sagte Ina Falk. Die Länder würden dann entscheiden, wer zahlt.";
        List<Quote> qs = indirect(TestDoc.of(text).per("Ina Falk").org("Länder").tag("würden", "AUX")
                .tag("zahlt", "VERB").build());
        assertEquals(List.of("Der Plan sei fertig", "Die Länder würden dann entscheiden, wer zahlt."), texts(qs));
        assertEquals("ina-falk", qs.get(1).speakerKey());
    }

    @Test
    void theReportGoesOnAfterTheSpeakerOfAnInvertedCue() {
        String text = "Dazu äußere man sich nicht, sagte Sprecherin Eva Jung, das sei Sache der Stadt.";
        Quote q = indirect(TestDoc.of(text).per("Eva Jung").tag("äußere", "VERB").build()).get(0);
        assertTrue(q.text().endsWith("das sei Sache der Stadt."), q.text());
        assertEquals("eva-jung", q.speakerKey());
    }

    @Test
    void aFrontedDassClauseIsReported() {
        Quote q = indirect(TestDoc.of("Dass die Reform scheitern könnte, glaubt Ina Falk nicht.").per("Ina Falk")
                .tag("scheitern", "VERB").tag("könnte", "AUX").tag("glaubt", "VERB").build()).get(0);
        assertEquals("Dass die Reform scheitern könnte", q.text());
        assertEquals("ina-falk", q.speakerKey());
    }

    @Test
    void aSpeechActWithAnUnnamedSpeakerIsReportedWithoutOne() {
        List<Quote> qs = all(TestDoc.of("Viele kritisierten den neuen Fahrplan.").build());
        assertEquals(1, qs.size(), qs::toString);
        assertEquals(QuoteMode.REPORTED, qs.get(0).mode());
        assertEquals(null, qs.get(0).speakerKey());
        // "Das berichtete X" frames the sentence before; it reports nothing of its own
        assertEquals(List.of(), all(TestDoc.of("Das berichtete die Zeitung.").build()));
    }
}
