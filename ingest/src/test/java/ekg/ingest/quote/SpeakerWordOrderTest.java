package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Speakers settled by the place of the verb in the German clause, compounds and verbs of quoting. */
class SpeakerWordOrderTest {

    @Test
    void aVerbAfterQuotedWordsInsideTheClauseHasItsSubjectBefore() {
        Doc d = TestDoc.of("Die Ministerin Eva Roth hat den Entwurf am Montag als „unausgegoren“ bezeichnet.")
                .per("Eva Roth").tag("hat", "AUX").tag("bezeichnet", "VERB").build();
        assertEquals("eva-roth", quote(quotes(d), "unausgegoren").speakerKey());
    }

    @Test
    void aNameThatBeginsACompoundIsNotTheSpeaker() {
        Doc d = TestDoc.of("Ein ABC-Sprecher sagte: „Wir prüfen den Fall.“").org("ABC").tag("sagte", "VERB").build();
        Quote q = quote(quotes(d), "prüfen");
        assertEquals("ABC-Sprecher", d.cover(q.speakerSpan()));
    }

    @Test
    void whoIsQuotedSpokeNotWhoQuotes() {
        Doc d = TestDoc.of("Die Zeitung zitiert Jonas Brandt mit den Worten: „Wir geben nicht auf.“")
                .per("Jonas Brandt").tag("zitiert", "VERB").build();
        assertEquals("jonas-brandt", quote(quotes(d), "geben nicht").speakerKey());
    }

    @Test
    void anObjectBeforeTheVerbLeavesTheSubjectAfterIt() {
        Doc d = TestDoc.of("Den Anwohnern sicherte Lea Hahn am Abend zu, dass die Straße „bald wieder offen“ sei.")
                .per("Lea Hahn").tag("sicherte", "VERB").tag("zu", "PART").build();
        assertEquals("lea-hahn", quote(quotes(d), "bald wieder").speakerKey());
    }

    @Test
    void aPhraseAboutSomeoneNamedInTwoWordsIsNoSubject() {
        Doc d = TestDoc.of("Über Tom Berger sagte Lea Hahn: „Er ist ein Gewinn für uns.“")
                .per("Tom Berger").per("Lea Hahn").tag("sagte", "VERB").build();
        assertEquals("lea-hahn", quote(quotes(d), "Gewinn").speakerKey());
    }

    @Test
    void aRoleAfterAlsIsWhatSomeoneIsNotWhoSpeaks() {
        Doc d = TestDoc.of("Nach dem Auftritt von Tom Berger als neuer Vorsitzender erklärte Lea Hahn: „Wir arbeiten gut zusammen.“")
                .per("Tom Berger").per("Lea Hahn").tag("erklärte", "VERB").tag("neuer", "ADJ").build();
        assertEquals("lea-hahn", quote(quotes(d), "arbeiten").speakerKey());
    }

    @Test
    void aNameRightAfterTheVerbIsTheSubjectAfterAnObjectThatMayLookNominative() {
        Doc d = TestDoc.of("Eine Verschiebung der Wahl bezeichnete Jonas Brandt als „fatal“.")
                .per("Jonas Brandt").tag("bezeichnete", "VERB").build();
        assertEquals("jonas-brandt", quote(quotes(d), "fatal").speakerKey());
    }

    @Test
    void aPluralOfARoleBeforeTheVerbIsTheSubjectNotTheBodyAfterIt() {
        Doc d = TestDoc.of("Die Experten der Kommission werfen der Stadt vor: „Niemand prüft die Brücken.“")
                .tag("werfen", "VERB").tag("vor", "ADP").build();
        Quote q = quote(quotes(d), "Brücken");
        assertEquals("Experten der Kommission", d.cover(q.speakerSpan()));
    }

    @Test
    void aGroupNounThatOpensTheSentenceSpeaksThoughTaggedAsAdjective() {
        Doc d = TestDoc.of("Analysten sprachen am Abend von „Panikverkäufen“.").tag("Analysten", "ADJ").build();
        Quote q = quote(quotes(d), "Panikverkäufen");
        assertEquals("Analysten", d.cover(q.speakerSpan()));
    }

    @Test
    void theAgentOfAPassiveSpeaks() {
        Doc d = TestDoc.of("Die Lage wird vom Wetteramt Nord als „sehr ernst“ eingestuft.")
                .org("Wetteramt Nord").tag("wird", "AUX").tag("eingestuft", "VERB").build();
        assertEquals("wetteramt-nord", quote(quotes(d), "sehr ernst").speakerKey());
    }

    @Test
    void theAgentOfAPassiveSpeaksAfterItsTitle() {
        Doc d = TestDoc.of("Der Fahrplan der Bahn wurde von Landrätin Ida Brenner als „verfehlt“ kritisiert.")
                .per("Ida Brenner").tag("kritisiert", "VERB").build();
        assertEquals("ida-brenner", quote(quotes(d), "verfehlt").speakerKey());
    }

    @Test
    void anIndefiniteRoleIsSomeoneNewNotThePersonIntroducedWithIt() {
        Doc d = TestDoc.of("Regierungssprecher Tom Berger lobte den Plan. „Wir sind zufrieden“, sagte ein Sprecher der Opposition.")
                .per("Tom Berger").tag("lobte", "VERB").tag("sagte", "VERB").build();
        Quote q = quote(quotes(d), "zufrieden");
        assertEquals("Sprecher der Opposition", d.cover(q.speakerSpan()));
    }
    @Test
    void aNameInAppositionRightBeforeTheCueIsTheSubject() {
        Doc d = TestDoc.of("Die Leiterin des Vereins Nordklub, Nachfolger des Südklubs, Ida Brenner, bezeichnete den Plan als „mutig“.")
                .org("Nordklub").per("Ida Brenner").tag("bezeichnete", "VERB").build();
        assertEquals("ida-brenner", quote(quotes(d), "mutig").speakerKey());
    }

    @Test
    void anAppositionBeforeAParticipleNamesTheSubjectAfterTheFiniteVerb() {
        Doc d = TestDoc.of("Am Montag hatte der Leiter der Wache, Ida Brenner, erklärt, die Brücke sei „völlig sicher“.")
                .per("Ida Brenner").tag("erklärt", "VERB").build();
        assertEquals("ida-brenner", quote(quotes(d), "völlig sicher").speakerKey());
        Doc object = TestDoc.of("Am Montag hatte die Kammer den Leiter der Wache, Tom Berger, als „zu zögerlich“ kritisiert.")
                .per("Tom Berger").tag("kritisiert", "VERB").build();
        assertNotEquals("tom-berger", quote(quotes(object), "zögerlich").speakerKey());
    }

    @Test
    void theNameInAppositionToTheSubjectIsNoSpeechBeforeTheVerb() {
        // the commas set off the subject's name: what she criticised is a speech act, no reported clause
        Doc d = TestDoc.of("Die Sprecherin der Stadt, Eva Jung, kritisierte den Entwurf scharf.").per("Eva Jung").build();
        List<Quote> all = TestDoc.all(d);
        assertEquals(1, all.size(), all.toString());
        assertEquals(QuoteMode.REPORTED, all.get(0).mode());
        assertEquals("eva-jung", all.get(0).speakerKey());
    }

    @Test
    void anAppositionAfterAClauseWithAPartyInBracketsNamesTheSpeaker() {
        Doc d = TestDoc.of("Der Minister wies die Kritik zurück, die Sprecherin der Opposition, Anna Roth (SPD), "
                + "erklärte: „Das ist falsch.“").per("Anna Roth").org("SPD").tag("wies", "VERB").tag("zurück", "ADV").build();
        assertEquals("anna-roth", quote(quotes(d), "falsch").speakerKey());
        assertEquals(0, TestDoc.indirect(d).size(), TestDoc.indirect(d).toString());
    }

    @Test
    void aReflexiveVerbOfRememberingAfterTheQuoteFramesIt() {
        Doc d = TestDoc.of("Ida Kern kam. Max Lorenz ging. „Ich bleibe hier“, erinnerte sich Max Lorenz später.")
                .per("Ida Kern").per("Max Lorenz").tag("kam", "VERB").tag("ging", "VERB").build();
        assertEquals("max-lorenz", quote(quotes(d), "bleibe").speakerKey());
    }

    @Test
    void aSpeakerBetweenLassenAndItsInfinitiveSpeaksForTheQuote() {
        Doc d = TestDoc.of("Ida Kern kam. „Wir prüfen das“, ließ ein Sprecher der Polizei verlauten.")
                .per("Ida Kern").org("Polizei").tag("kam", "VERB").tag("ließ", "VERB").tag("verlauten", "VERB").build();
        assertEquals("polizei", quote(quotes(d), "prüfen").speakerKey());
    }

    @Test
    void aRelativeClauseInTheAdverbialBeforeTheVerbLeavesTheSubjectAfterIt() {
        Doc d = TestDoc.of("In einem Bericht, der am Montag erschien, rechtfertigte Ida Kern den Einsatz: „Wir mussten handeln.“")
                .per("Ida Kern").tag("erschien", "VERB").tag("der", "PRON").tag("rechtfertigte", "VERB").build();
        assertEquals("ida-kern", quote(quotes(d), "handeln").speakerKey());
    }

    @Test
    void aPronounAfterThePostposedFrameIsNotTheSubjectOfTheReportedWords() {
        // "sie" is the woman quoted before, not the city she speaks about
        Doc d = TestDoc.of("„Wir bleiben“, sagte Jana Brück. Die Stadt werde das prüfen, sagte sie.")
                .per("Jana Brück").tag("werde", "AUX").tag("prüfen", "VERB").build();
        assertEquals("jana-brück", TestDoc.quote(TestDoc.indirect(d), "prüfen").speakerKey());
    }
}
