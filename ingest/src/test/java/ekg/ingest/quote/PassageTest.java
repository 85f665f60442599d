package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.indirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reported speech carried on without a cue: who speaks when the writer's sentence before names no cue. */
class PassageTest {

    @Test
    void theSubjectOfTheWritersSentenceBeforeSpeaks() {
        // before the verb, or after it when an adverbial comes first
        for (String before : List.of("Eva Jung sieht den Streit gelassen.", "Am Abend sieht Eva Jung den Streit gelassen.")) {
            Quote q = TestDoc.quote(indirect(TestDoc.of(before + " Man habe genug Zeit für eine Lösung.").per("Eva Jung")
                    .tag("sieht", "VERB").tag("habe", "AUX").tag("Abend", "NOUN").build()), "genug Zeit");
            assertEquals("Man habe genug Zeit für eine Lösung.", q.text());
            assertEquals("eva-jung", q.speakerKey(), before);
        }
    }

    @Test
    void aGroupOrANameOutsideTheSubjectDoesNotSpeak() {
        String group = "Die Anwohner verließen in Lohberg ihre Häuser. Das Wasser sei bis in die Keller gestiegen.";
        Quote q = TestDoc.quote(indirect(TestDoc.of(group).loc("Lohberg").tag("verließen", "VERB").tag("sei", "AUX")
                .tag("gestiegen", "VERB").build()), "Wasser");
        assertNull(q.speakerKey());
        // the name is the object: the subject of the speech act goes on speaking, not the name
        String object = "Im Test lobten die Prüfer das Modell von Nordwerk. Es sei leicht und schnell.";
        Quote o = TestDoc.quote(indirect(TestDoc.of(object).org("Nordwerk").tag("lobten", "VERB").tag("sei", "AUX")
                .tag("Test", "NOUN").build()), "leicht");
        assertEquals(Slug.of("Prüfer test"), o.speakerKey());
    }

    @Test
    void aFrontedSubordinateClauseLeavesTheMainVerbToTell() {
        String text = "Bis die Bauarbeiten beginnen, werde noch ein Jahr vergehen.";
        List<Quote> qs = indirect(TestDoc.of(text).tag("beginnen", "VERB").tag("werde", "AUX").tag("vergehen", "VERB").build());
        assertEquals(List.of("Bis die Bauarbeiten beginnen, werde noch ein Jahr vergehen."), qs.stream().map(Quote::text).toList());
    }

    @Test
    void dasBestaetigteXGivesTheSentenceBeforeItsSpeaker() {
        // the sentence before is a Konjunktiv sentence of its own, found without a speaker first
        String text = "Die Firma habe den Vertrag gekündigt. Dies bestätigte Eva Roth am Abend.";
        Quote q = TestDoc.quote(indirect(TestDoc.of(text).per("Eva Roth").tag("habe", "AUX").tag("gekündigt", "VERB").tag("Dies", "PRON")
                .build()), "Vertrag");
        assertEquals("eva-roth", q.speakerKey());
        // "Das dementierte X": X answers someone else's words
        String denied = "Die Firma habe den Vertrag gekündigt. Das dementierte Eva Roth am Abend.";
        Quote d = TestDoc.quote(indirect(TestDoc.of(denied).per("Eva Roth").tag("habe", "AUX").tag("gekündigt", "VERB")
                .build()), "Vertrag");
        assertNull(d.speakerKey());
    }

    @Test
    void resultsDraftsAndArticlesAreSourcesAfterNach() {
        List<Quote> qs = indirect(TestDoc.of("Nach dem vorläufigen Ergebnis gewann die Liste Nord 40 Prozent.")
                .org("Liste Nord").tag("gewann", "VERB").build());
        assertEquals(List.of("Nach dem vorläufigen Ergebnis gewann die Liste Nord 40 Prozent."),
                qs.stream().map(Quote::text).toList());
        Quote q = indirect(TestDoc.of("Nach einem Artikel der Stadtzeitung ist der Bau zu teuer.").org("Stadtzeitung")
                .build()).get(0);
        assertEquals("stadtzeitung", q.speakerKey());
    }
}
