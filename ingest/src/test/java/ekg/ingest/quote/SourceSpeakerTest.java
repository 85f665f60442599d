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

    /** The speaker of the one quote containing {@code part} is labelled {@code label} and typed {@code type}. */
    private static void assertSpeaker(Doc out, String part, String label, EntityType type) {
        Entity e = speaker(out, only(out, part));
        assertEquals(label, e.label());
        assertEquals(type, e.type());
    }

    @Test
    void aCompoundSourceNounSpeaksAsItself() {
        Doc out = STAGE.process(TestDoc.of("Nach Polizeiangaben wurden zwei Männer festgenommen.")
                .tag("festgenommen", "VERB").build());
        assertSpeaker(out, "festgenommen", "Polizeiangaben", EntityType.OTH);
    }

    @Test
    void theSourceIsThePhraseAfterLautNotALaterNoun() {
        Doc out = STAGE.process(TestDoc.of("Nach Polizeiangaben wurden die Demonstranten am Abend festgenommen.")
                .tag("festgenommen", "VERB").build());
        assertEquals("Polizeiangaben", speaker(out, only(out, "Demonstranten")).label());
    }

    @Test
    void theNounPhraseAfterACompoundSourceMidSentenceIsTheClausesOwn() {
        // an object after the source phrase: the soldiers' army speaks, not the woman or the officer shot
        Doc out = STAGE.process(TestDoc.of("Am Grenzposten erschossen Soldaten nach Armeeangaben eine Frau.")
                .tag("erschossen", "VERB").tag("Frau", "NOUN").build());
        assertSpeaker(out, "Frau", "Armeeangaben", EntityType.OTH);
        Doc role = STAGE.process(TestDoc.of("In der Nacht wurde nach Polizeiangaben ein Polizist schwer verletzt.")
                .tag("verletzt", "VERB").tag("Polizist", "NOUN").build());
        assertSpeaker(role, "Polizist", "Polizeiangaben", EntityType.OTH);
    }

    @Test
    void aBareStatementNounNamesNoOneButATextSpeaks() {
        Doc out = STAGE.process(TestDoc.of("Nach ersten Angaben wurden zwei Männer verletzt.").tag("verletzt", "VERB").build());
        assertNull(only(out, "verletzt").speakerKey());
        Doc reports = STAGE.process(TestDoc.of("Berichten zufolge trat der Vorstand geschlossen zurück.")
                .tag("Berichten", "NOUN").tag("trat", "VERB").tag("zurück", "ADV").build());
        assertSpeaker(reports, "Vorstand", "Berichten", EntityType.OTH);
        Doc study = STAGE.process(TestDoc.of("Nach einer neuen Studie schlafen Kinder zu wenig.").tag("schlafen", "VERB").build());
        assertSpeaker(study, "Kinder", "neuen Studie", EntityType.OTH);
    }

    @Test
    void anOwnersSourceNounNamesNoOneItself() {
        // whose view it is, the possessive leaves to the clause: no speaker "Ansicht"
        Doc out = STAGE.process(TestDoc.of("Seiner Ansicht nach ist der Umbau viel zu teuer.").build());
        assertNull(only(out, "Umbau").speakerKey());
        Doc own = STAGE.process(TestDoc.of("Eigenen Angaben zufolge sind die Kassen der Stadt leer.").tag("sind", "AUX").build());
        assertNull(only(own, "Kassen").speakerKey());
    }

    /** The label of the speaker of the one quote containing {@code part}. */
    private static String labelOf(TestDoc d, String part) {
        Doc out = STAGE.process(d.build());
        return speaker(out, only(out, part)).label();
    }

    @Test
    void theGenitiveOfASourceNounIsTheSource() {
        assertEquals("Bergwacht", labelOf(TestDoc.of("Nach Angaben der Bergwacht waren die Wanderer unverletzt.")
                .tag("waren", "AUX").tag("Angaben", "NOUN"), "unverletzt"));
        assertEquals("Bergwacht", labelOf(TestDoc.of("Angaben der Bergwacht zufolge waren die Wanderer unverletzt.")
                .tag("waren", "AUX").tag("Angaben", "NOUN"), "unverletzt"));
    }

    @Test
    void anAdjectiveOfOriginSaysWhoseStatementsTheyAre() {
        assertEquals("norwegischen Angaben", labelOf(TestDoc.of("Laut norwegischen Angaben wurden drei Boote beschädigt.")
                .tag("beschädigt", "VERB"), "Boote"));
        assertEquals("Medienberichten", labelOf(TestDoc.of("Medienberichten zufolge trat der Vorstand geschlossen zurück.")
                .tag("trat", "VERB").tag("zurück", "ADV"), "Vorstand"));
    }

    @Test
    void aGroupInTheDativePluralSpeaks() {
        Doc out = STAGE.process(TestDoc.of("Laut Kritikern ist der Umbau viel zu teuer.").build());
        assertSpeaker(out, "Umbau", "Kritikern", EntityType.PER);
    }

    @Test
    void heisstEsInATextQuotesThatText() {
        Doc out = STAGE.process(TestDoc.of("Pia Roth kritisierte den Plan. In dem Schreiben heißt es: „Die Frist endet am Montag.“")
                .per("Pia Roth").tag("heißt", "VERB").tag("Schreiben", "NOUN").build());
        assertEquals("Schreiben", speaker(out, only(out, "Frist")).label());
        Doc named = STAGE.process(TestDoc.of("„Wir sind enttäuscht“, hieß es in einer Erklärung des Vereins Nordwerk.")
                .org("Nordwerk").tag("hieß", "VERB").build());
        assertEquals("nordwerk", only(named, "enttäuscht").speakerKey());
        Doc page = STAGE.process(TestDoc.of("„Der Eintritt ist frei“, heißt es auf einer Homepage von Nordwerk.")
                .org("Nordwerk").tag("heißt", "VERB").build());
        assertEquals("nordwerk", only(page, "Eintritt").speakerKey());
    }

    @Test
    void aNameInQuoteMarksAfterLautIsTheSource() {
        Doc out = STAGE.process(TestDoc.of("Laut „Stadtblick“ wurde der Wochenmarkt verlegt.").tag("verlegt", "VERB").build());
        assertSpeaker(out, "Wochenmarkt", "Stadtblick", EntityType.ORG);
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

    @Test
    void aTextWhoseAuthorTheGenitiveNamesSpeaksForTheAuthor() {
        Doc out = STAGE.process(TestDoc.of("Laut einem Bericht des Nordkurier wurde der Wochenmarkt verlegt.")
                .org("Nordkurier").tag("verlegt", "VERB").build());
        assertEquals("nordkurier", only(out, "Wochenmarkt").speakerKey());
        // a noun heads the genitive: the place after it is no author
        assertEquals("Umfrage des Flughafens", labelOf(TestDoc.of("Laut einer Umfrage des Flughafens Kassel kamen mehr Gäste.")
                .loc("Kassel").tag("kamen", "VERB"), "Gäste"));
    }
    @Test
    void onlyANameOrPronounRightBeforeZufolgeIsItsSource() {
        // the subject a few words back is no source: the compound before "zufolge" is
        assertEquals("Agenturberichten", labelOf(TestDoc.of("Die Sängerin Mara Holt verschob Agenturberichten zufolge ihre Tournee.")
                .per("Mara Holt").tag("verschob", "VERB"), "Tournee"));
        assertEquals("Agenturberichten", labelOf(TestDoc.of("Er verbrachte Agenturberichten zufolge den Winter im Süden.")
                .tag("verbrachte", "VERB"), "Winter"));
    }

    @Test
    void aNameTheNameFinderMissedAfterLautIsTheSource() {
        // "Flussblick" is no word of the lexicon: a name
        assertEquals("Flussblick", labelOf(TestDoc.of("Der Umbau beginnt laut Flussblick erst im Frühjahr.")
                .tag("beginnt", "VERB"), "Frühjahr"));
    }

    @Test
    void aRuleOrTextAfterLautIsTheSource() {
        Doc out = STAGE.process(TestDoc.of("Der Markt schließt laut Satzung um acht Uhr.").tag("schließt", "VERB").build());
        assertSpeaker(out, "Markt", "Satzung", EntityType.OTH);
    }

    @Test
    void aBodyNounTaggedAsProperNounStillSpeaks() {
        assertEquals("Ministerium", labelOf(TestDoc.of("Die Fähre fällt laut Ministerium bis Freitag aus.")
                .tag("Ministerium", "PROPN").tag("fällt", "VERB").tag("aus", "ADV"), "Fähre"));
        assertEquals("Schuldirektion", labelOf(TestDoc.of("Im Hof warteten laut Schuldirektion rund 80 Eltern.")
                .tag("warteten", "VERB").tag("rund", "ADV"), "Eltern"));
        assertEquals("Medien", labelOf(TestDoc.of("Regionale Medien meldeten, dass der Pass gesperrt sei.")
                .tag("Regionale", "PROPN").tag("Medien", "PROPN").tag("gesperrt", "VERB"), "Pass"));
    }

    @Test
    void aBodyNounInsideANameLeavesTheNameToSpeak() {
        Doc out = STAGE.process(TestDoc.of("Der Nordischen Kommission zufolge steigen die Preise im Herbst.")
                .org("Nordischen Kommission").tag("steigen", "VERB").build());
        assertEquals(TestDoc.slug("Nordischen Kommission"), only(out, "Preise").speakerKey());
    }
}
