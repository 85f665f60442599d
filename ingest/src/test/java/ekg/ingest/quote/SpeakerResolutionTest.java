package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers settled by the shape of the clause, colon frames, coordination and the gender of pronouns. */
class SpeakerResolutionTest {

    @Test
    void nounPhraseWithAppositionBeforeTheCueIsItsSubject() {
        Doc d = TestDoc.of("Die Sprecherin der Stadtwerke, Eva Jung, kritisierte den Beschluss des Rates: "
                + "„Das kostet uns Millionen.“").org("Stadtwerke").per("Eva Jung").org("Rates").build();
        assertEquals("eva-jung", quote(quotes(d), "Millionen").speakerKey());
    }

    @Test
    void aColonFrameNamesTheSpeakerBeforeAnEarlierSpeakerIsCarriedOver() {
        Doc d = TestDoc.of("„Wir bleiben dabei“, sagte Jonas Wendt.\nLea Hollweg, Chefin der Kammer: „Das ist ein Fehler.“")
                .per("Jonas Wendt").per("Lea Hollweg").org("Kammer").build();
        List<Quote> qs = quotes(d);
        assertEquals("jonas-wendt", quote(qs, "bleiben").speakerKey());
        assertEquals("lea-hollweg", quote(qs, "Fehler").speakerKey());
    }

    @Test
    void aColonFrameWithoutNameGoesOnWithTheSpeakerBefore() {
        Doc d = TestDoc.of("„Wir bleiben dabei“, sagte Jonas Wendt. Und weiter: „Wir geben nicht nach.“")
                .per("Jonas Wendt").build();
        assertEquals("jonas-wendt", quote(quotes(d), "geben nicht").speakerKey());
    }

    @Test
    void aSecondMainClauseAfterACommaHasItsOwnSubject() {
        Doc d = TestDoc.of("Tom Berger nannte den Plan „mutig“, Lisa Hahn bezeichnete ihn als „leichtsinnig“.")
                .per("Tom Berger").per("Lisa Hahn").tag("nannte", "VERB").tag("bezeichnete", "VERB").build();
        List<Quote> qs = quotes(d);
        assertEquals("tom-berger", quote(qs, "mutig").speakerKey());
        assertEquals("lisa-hahn", quote(qs, "leichtsinnig").speakerKey());
    }

    @Test
    void aCueInADassClauseTakesTheSubjectOfThatClause() {
        Doc d = TestDoc.of("Der Sender berichtete, dass Paul Korte den Zeugen gefragt habe, was er „gesehen“ habe.")
                .per("Paul Korte").tag("berichtete", "VERB").tag("gefragt", "VERB").build();
        assertEquals("paul-korte", quote(quotes(d), "gesehen").speakerKey());
    }

    @Test
    void aVerbJoinedByUndSharesTheSpeakerBefore() {
        Doc d = TestDoc.of("Nora Wendt erklärte es so: „Das Eis schmilzt.“ und fügte hinzu: „Wir müssen handeln.“")
                .per("Nora Wendt").tag("erklärte", "VERB").tag("fügte", "VERB").build();
        assertEquals("nora-wendt", quote(quotes(d), "handeln").speakerKey());
    }

    @Test
    void sieResolvesToTheOneWomanAmongThePersonsNamedBefore() {
        Doc d = TestDoc.of("Anna Roth traf Peter Lang in Bonn. „Wir sind uns einig“, sagte sie.")
                .per("Anna Roth").per("Peter Lang").loc("Bonn").build();
        assertEquals("anna-roth", quote(quotes(d), "einig").speakerKey());
    }

    @Test
    void erResolvesToTheOneManAmongThePersonsNamedBefore() {
        Doc d = TestDoc.of("Anna Roth traf Peter Lang in Bonn. „Wir sind uns einig“, sagte er.")
                .per("Anna Roth").per("Peter Lang").loc("Bonn").build();
        assertEquals("peter-lang", quote(quotes(d), "einig").speakerKey());
    }

    @Test
    void sieWithAPluralVerbIsAGroupAndStaysUnresolved() {
        Doc d = TestDoc.of("Anna Roth sprach mit den Bauern. „Wir sind verzweifelt“, sagten sie.")
                .per("Anna Roth").tag("sagten", "VERB").build();
        assertNull(quote(quotes(d), "verzweifelt").speakerKey());
    }

    @Test
    void twoPersonsOfTheSameGenderLeaveThePronounUnresolved() {
        Doc d = TestDoc.of("Anna Roth traf Maria Vogt in Bonn. „Wir sind uns einig“, sagte sie.")
                .per("Anna Roth").per("Maria Vogt").loc("Bonn").build();
        assertNull(quote(quotes(d), "einig").speakerKey());
    }

    @Test
    void aShortQuoteAfterTheNounOfAnOrganisationIsItsName() {
        Doc d = TestDoc.of("Die Partei „Neue Mitte“ trat erstmals an, sagte Jan Ott.").per("Jan Ott").build();
        assertTrue(quotes(d).isEmpty(), () -> "quotes: " + quotes(d));
    }

    @Test
    void anAgeTheTaggerTookForAnAdjectiveStillPointsBack() {
        Doc d = TestDoc.of("Lena Vogt gewann das Rennen. „Ich bin überglücklich“, sagte die 24-Jährige.")
                .per("Lena Vogt").tag("24-Jährige", "ADJ").tag("gewann", "VERB").build();
        assertEquals("lena-vogt", quote(quotes(d), "überglücklich").speakerKey());
    }

    @Test
    void verbatimSpeechWithoutMarksGoesOnInTheSpokenVoice() {
        Doc d = TestDoc.of("Wir bleiben bei den Regeln, sagt Klubchef Jan Roth. Beim Schach ändert man ja auch "
                + "nicht die Regeln. Die Sitzung endet am Abend.").per("Jan Roth")
                .tag("ändert", "VERB").tag("endet", "VERB").tag("bleiben", "VERB").tag("sagt", "VERB").build();
        Quote q = quote(TestDoc.all(d), "Schach");
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("jan-roth", q.speakerKey());
        assertTrue(TestDoc.all(d).stream().noneMatch(x -> x.text().contains("Sitzung")), () -> "quotes: " + TestDoc.all(d));
    }

    @Test
    void aCueAfterACommaWithoutSubjectSharesTheSubjectOpeningTheSentence() {
        Doc d = TestDoc.of("Rita Sommer wollte sich nicht festlegen, sagte aber, die Partei müsse „endlich handeln“.")
                .per("Rita Sommer").tag("wollte", "VERB").tag("festlegen", "VERB").tag("müsse", "AUX").build();
        List<Quote> all = TestDoc.all(d);
        assertEquals("rita-sommer", quote(quotes(d), "endlich handeln").speakerKey());
        assertTrue(all.stream().noneMatch(q -> q.mode() == QuoteMode.DIRECT && q.text().contains("festlegen")),
                () -> "the writer's clause is no verbatim speech: " + all);
    }
}
