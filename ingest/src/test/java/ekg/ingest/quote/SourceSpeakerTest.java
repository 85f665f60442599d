package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Quote;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Source phrases that say whose statements they are, and texts an impersonal "heißt es in …" quotes. */
class SourceSpeakerTest {
    private static final QuoteStage STAGE = new QuoteStage();

    private static Quote only(Doc out, String part) {
        return TestDoc.quote(out.quotes(), part);
    }

    private static Entity speaker(Doc out, Quote q) {
        return out.entities().stream().filter(e -> e.key().equals(q.speakerKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker for " + q.text()));
    }

    @Test
    void aCompoundSourceNounSpeaksAsItself() {
        Doc out = STAGE.process(TestDoc.of("Nach Polizeiangaben wurden zwei Männer festgenommen.")
                .tag("festgenommen", "VERB").build());
        Entity e = speaker(out, only(out, "festgenommen"));
        assertEquals("Polizeiangaben", e.label());
        assertEquals(EntityType.OTH, e.type());
    }

    @Test
    void theSourceIsThePhraseAfterLautNotALaterNoun() {
        Doc out = STAGE.process(TestDoc.of("Nach Polizeiangaben wurden die Demonstranten am Abend festgenommen.")
                .tag("festgenommen", "VERB").build());
        assertEquals("Polizeiangaben", speaker(out, only(out, "Demonstranten")).label());
    }

    @Test
    void aBareSourceNounNamesNoOne() {
        Doc out = STAGE.process(TestDoc.of("Nach ersten Angaben wurden zwei Männer verletzt.").tag("verletzt", "VERB").build());
        assertNull(only(out, "verletzt").speakerKey());
        Doc later = STAGE.process(TestDoc.of("Berichten zufolge trat der Vorstand geschlossen zurück.")
                .tag("trat", "VERB").tag("zurück", "ADV").build());
        assertNull(only(later, "Vorstand").speakerKey());
    }

    @Test
    void theGenitiveOfASourceNounIsTheSource() {
        Doc out = STAGE.process(TestDoc.of("Nach Angaben der Bergwacht waren die Wanderer unverletzt.")
                .tag("waren", "AUX").tag("Angaben", "NOUN").build());
        assertEquals("Bergwacht", speaker(out, only(out, "unverletzt")).label());
        Doc before = STAGE.process(TestDoc.of("Angaben der Bergwacht zufolge waren die Wanderer unverletzt.")
                .tag("waren", "AUX").tag("Angaben", "NOUN").build());
        assertEquals("Bergwacht", speaker(before, only(before, "unverletzt")).label());
    }

    @Test
    void anAdjectiveOfOriginSaysWhoseStatementsTheyAre() {
        Doc out = STAGE.process(TestDoc.of("Laut norwegischen Angaben wurden drei Boote beschädigt.")
                .tag("beschädigt", "VERB").build());
        assertEquals("norwegischen Angaben", speaker(out, only(out, "Boote")).label());
        Doc media = STAGE.process(TestDoc.of("Medienberichten zufolge trat der Vorstand geschlossen zurück.")
                .tag("trat", "VERB").tag("zurück", "ADV").build());
        assertEquals("Medienberichten", speaker(media, only(media, "Vorstand")).label());
    }

    @Test
    void aGroupInTheDativePluralSpeaks() {
        Doc out = STAGE.process(TestDoc.of("Laut Kritikern ist der Umbau viel zu teuer.").build());
        Entity e = speaker(out, only(out, "Umbau"));
        assertEquals("Kritikern", e.label());
        assertEquals(EntityType.PER, e.type());
    }

    @Test
    void heisstEsInATextQuotesThatText() {
        Doc out = STAGE.process(TestDoc.of("Pia Roth kritisierte den Plan. In dem Schreiben heißt es: „Die Frist endet am Montag.“")
                .per("Pia Roth").tag("heißt", "VERB").tag("Schreiben", "NOUN").build());
        assertEquals("Schreiben", speaker(out, only(out, "Frist")).label());
        Doc named = STAGE.process(TestDoc.of("„Wir sind enttäuscht“, hieß es in einer Erklärung des Vereins Nordwerk.")
                .org("Nordwerk").tag("hieß", "VERB").build());
        assertEquals("nordwerk", only(named, "enttäuscht").speakerKey());
    }

    @Test
    void aNameInQuoteMarksAfterLautIsTheSource() {
        Doc out = STAGE.process(TestDoc.of("Laut „Stadtblick“ wurde der Wochenmarkt verlegt.").tag("verlegt", "VERB").build());
        Entity e = speaker(out, only(out, "Wochenmarkt"));
        assertEquals("Stadtblick", e.label());
        assertEquals(EntityType.ORG, e.type());
    }

    @Test
    void aGenitivePluralNeedsNoArticle() {
        Doc out = STAGE.process(TestDoc.of("Nach Angaben informierter Kreise war die Summe sehr hoch.")
                .tag("Angaben", "NOUN").tag("war", "AUX").build());
        assertEquals("informierter Kreise", speaker(out, only(out, "Summe")).label());
    }

    @Test
    void aQuotedNameAfterATrailingCueIsItsSubjectButQuotedWordsAfterAnObjectCueAreNot() {
        Doc out = STAGE.process(TestDoc.of("„Wir bleiben hart“, schreibt die „Stadtzeitung“.").build());
        assertEquals("Stadtzeitung", speaker(out, only(out, "hart")).label());
        Doc words = STAGE.process(TestDoc.of("Viele sprachen von „Panikverkäufen“.").tag("Viele", "PRON").build());
        assertNull(TestDoc.quote(TestDoc.quotes(words), "Panikverkäufen").speakerKey());
    }

    @Test
    void aNounAfterGemaessIsNoSubjectOfTheClause() {
        Doc out = STAGE.process(TestDoc.of("Gemäß Ratsbeschluss erklärte Pia Roth: „Wir zahlen.“")
                .per("Pia Roth").tag("Gemäß", "ADJ").build());
        assertEquals("pia-roth", TestDoc.quote(TestDoc.quotes(out), "zahlen").speakerKey());
    }
}
