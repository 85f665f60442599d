package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.resolve.Slug;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.all;
import static ekg.ingest.quote.TestDoc.indirect;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attribution patterns of German news beyond "X sagte": source phrases, wie-clauses, speech acts, names. */
class SpeechRulesTest {

    @Test
    void nachAngabenAttributesTheWholeSentenceToTheSource() {
        List<Quote> qs = indirect(TestDoc.of("Nach Angaben der Bergwacht Falkenau wurden drei Wanderer verletzt.")
                .org("Bergwacht Falkenau").build());
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("Nach Angaben der Bergwacht Falkenau wurden drei Wanderer verletzt.", qs.get(0).text());
        assertEquals("bergwacht-falkenau", qs.get(0).speakerKey());
        Quote von = indirect(TestDoc.of("Der Zug fiel nach Angaben von Bahnwerk Ost zwei Stunden aus.")
                .org("Bahnwerk Ost").build()).get(0);
        assertEquals("bahnwerk-ost", von.speakerKey());
    }

    @Test
    void aCompoundSourceNounNeedsNoName() {
        Quote q = indirect(TestDoc.of("Nach Polizeiangaben blieb der Fahrer unverletzt.").tag("blieb", "VERB").build()).get(0);
        assertEquals("Nach Polizeiangaben blieb der Fahrer unverletzt.", q.text());
        // the compound says whose statements they are: the phrase speaks, unnamed, not the noun after it
        assertEquals(Slug.of("Polizeiangaben test"), q.speakerKey());
    }

    @Test
    void nachWithoutASourceNounIsNoCue() {
        assertEquals(List.of(), all(TestDoc.of("Nach dem Spiel fuhr die Mannschaft nach Hause.").build()));
    }

    @Test
    void aWieClauseReportsTheMainClause() {
        Quote front = indirect(TestDoc.of("Wie die Stadtwerke Lohberg mitteilten, fällt das Wasser am Montag aus.")
                .org("Stadtwerke Lohberg").build()).get(0);
        assertEquals("fällt das Wasser am Montag aus.", front.text());
        assertEquals("stadtwerke-lohberg", front.speakerKey());
        Quote back = indirect(TestDoc.of("Karl Brenner fährt morgen nach Rom, wie der Verein Rudern Nord mitteilte.")
                .per("Karl Brenner").org("Verein Rudern Nord").build()).get(0);
        assertEquals("Karl Brenner fährt morgen nach Rom", back.text());
        assertEquals("verein-rudern-nord", back.speakerKey());
    }

    @Test
    void aZuInfinitiveAfterADemandIsReported() {
        Quote q = indirect(TestDoc.of("Lena Vogt forderte die Stadt auf, die Brücke zu sanieren.")
                .per("Lena Vogt").tag("sanieren", "VERB").build()).get(0);
        assertEquals("die Brücke zu sanieren.", q.text());
        assertEquals("lena-vogt", q.speakerKey());
    }

    @Test
    void aSpeechActWithANounPhraseIsReported() {
        List<Quote> qs = all(TestDoc.of("Lena Vogt kritisierte den neuen Fahrplan scharf.").per("Lena Vogt").build());
        assertEquals(1, qs.size(), qs::toString);
        assertEquals(QuoteMode.REPORTED, qs.get(0).mode());
        assertEquals("lena-vogt", qs.get(0).speakerKey());
    }


    @Test
    void strongVerbFormsMatchTheirLemma() {
        CueLexicon cues = CueLexicon.german();
        for (String w : List.of("sprach", "spricht", "schrieb", "wies", "verwies", "riet")) assertTrue(cues.isCue(w), w);
        // a possessive is no form of "meinen"
        assertTrue(!cues.isCue("meine"));
    }

    @Test
    void konjunktivTwoAloneIsTheWritersUnlessAPassageRuns() {
        assertEquals(List.of(), indirect(TestDoc.of("Ohne Regen wäre die Ernte verloren.").tag("wäre", "AUX").build()));
        List<Quote> qs = indirect(TestDoc.of("Der Damm sei sicher, sagte Ina Falk. Ohne ihn wäre das Dorf verloren.")
                .per("Ina Falk").tag("wäre", "AUX").build());
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("ina-falk", qs.get(1).speakerKey());
    }

    @Test
    void aColonFrameWithoutQuoteMarksIsVerbatim() {
        Quote q = all(TestDoc.of("Bürgermeisterin Anna Berger: Wir bauen die Halle noch in diesem Jahr.")
                .per("Anna Berger").tag("bauen", "VERB").build()).get(0);
        assertEquals("Wir bauen die Halle noch in diesem Jahr.", q.text());
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("anna-berger", q.speakerKey());
        // a list after a colon, without a verb, is no speech
        assertEquals(List.of(), all(TestDoc.of("Anna Berger: drei Sitze, zwei Mandate.").per("Anna Berger").build()));
        // a subheading in that form paraphrases as often as it quotes
        assertEquals(List.of(), all(TestDoc.of("Anna Berger: Halle wird noch in diesem Jahr gebaut\n\nDie Stadt plant.")
                .per("Anna Berger").tag("wird", "AUX").build()).stream().filter(x -> x.text().contains("Halle")).toList());
    }

    @Test
    void theFirstPersonAfterAnAttributionCarriesItsSpeaker() {
        List<Quote> qs = all(TestDoc.of("Das Team ist bereit, sagte Anna Berger. Wir haben lange trainiert.")
                .per("Anna Berger").tag("haben", "AUX").build());
        assertEquals(2, qs.size(), qs::toString);
        assertEquals(QuoteMode.DIRECT, qs.get(0).mode());
        assertEquals("Wir haben lange trainiert.", qs.get(1).text());
        assertEquals("anna-berger", qs.get(1).speakerKey());
    }

    @Test
    void soDassIsNoCue() {
        assertEquals(List.of(), all(TestDoc.of("Es regnete stark, so dass die Straße gesperrt wurde.").build()));
    }

    @Test
    void aQuoteAfterAColonTakesTheSubjectOfTheFrame() {
        Quote q = quotes(TestDoc.of("Trainerin Eva Roth gab sich gelassen: „Wir spielen unser Spiel.“")
                .per("Eva Roth").tag("gab", "VERB").build()).get(0);
        assertEquals("eva-roth", q.speakerKey());
        // a frame without a person or organisation as subject settles nothing
        Quote none = quotes(TestDoc.of("Auf dem Plakat stand dann: „Wir spielen unser Spiel.“").build()).get(0);
        assertNull(none.speakerKey());
    }

    @Test
    void aSpokespersonWithoutANameSpeaksForTheOrganisation() {
        Quote q = indirect(TestDoc.of("Ein Sprecher der Stadtwerke Lohberg sagte, das Wasser sei sauber.")
                .org("Stadtwerke Lohberg").build()).get(0);
        assertEquals("stadtwerke-lohberg", q.speakerKey());
    }

    @Test
    void anAgeDescriptionPointsBackToThePersonJustNamed() {
        String text = "Jonas Kessler gewann das Rennen. Er sei sehr müde, sagte der 24-Jährige.";
        Quote q = indirect(TestDoc.of(text).per("Jonas Kessler").tag("gewann", "VERB").tag("24-Jährige", "NOUN").build()).get(0);
        assertEquals("jonas-kessler", q.speakerKey());
        // a description such as "der Richter" may be someone new: it speaks as itself, unnamed
        String judge = "Jonas Kessler stand vor Gericht. Er sei schuldig, sagte der Richter.";
        Quote j = indirect(TestDoc.of(judge).per("Jonas Kessler").tag("stand", "VERB").build()).get(0);
        assertEquals(Slug.of("Richter test"), j.speakerKey());
    }

    @Test
    void hearsaySollenWithAPerfectInfinitiveIsReported() {
        List<Quote> qs = indirect(TestDoc.of("Der Mann soll das Auto gestohlen haben.")
                .tag("soll", "AUX").tag("gestohlen", "VERB").tag("haben", "AUX").build());
        assertEquals(1, qs.size(), qs::toString);
        assertNull(qs.get(0).speakerKey());
        // "sollen" of a plan is the writer's
        assertEquals(List.of(), indirect(TestDoc.of("Die Halle soll im Mai öffnen.").tag("soll", "AUX")
                .tag("öffnen", "VERB").build()));
    }

    @Test
    void mediaNamesTermsAndSelfGivenNamesAreNoSpeech() {
        assertTrue(all(TestDoc.of("Das meldete die „Lohberger Abendpost“, sagte Ina Falk.").per("Ina Falk").build())
                .stream().noneMatch(q -> q.text().equals("Lohberger Abendpost")));
        assertEquals(List.of(), quotes(TestDoc.of("Ina Falk nannte die Speicher („Puffer“) wichtig.")
                .per("Ina Falk").tag("nannte", "VERB").build()));
        assertEquals(List.of(), quotes(TestDoc.of("Ina Falk lobte die Gruppe, die sich „Grüne Welle“ nennt.")
                .per("Ina Falk").build()));
    }

    @Test
    void aCompoundTheLexiconLacksIsStillAWordNotAName() {
        // "Straßenbahnchaos" is no lexicon entry, but Straßenbahn + Chaos are words
        List<Quote> qs = quotes(TestDoc.of("Ina Falk nannte die Lage ein „Straßenbahnchaos“.")
                .per("Ina Falk").tag("nannte", "VERB").build());
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("ina-falk", qs.get(0).speakerKey());
    }

    @Test
    void namesInQuoteMarksAreNoSpeech() {
        assertTrue(all(TestDoc.of("Das berichtete die „Neue Lohberger Rundschau“ am Montag, sagte Ina Falk.")
                .per("Ina Falk").build()).stream().noneMatch(q -> q.text().equals("Neue Lohberger Rundschau")));
        assertEquals(List.of(), quotes(TestDoc.of("Laut „Wetterblick Nord“ wird es kalt.").build()));
        // a phrase of common words is still quoted speech when a cue attributes it
        List<Quote> phrase = quotes(TestDoc.of("Ina Falk nannte den Plan einen „Schlag ins Gesicht“.")
                .per("Ina Falk").tag("nannte", "VERB").build());
        assertEquals(1, phrase.size(), phrase::toString);
    }

    @Test
    void aCueOfItsClauseOnlyReportsTheClauseButNoQuotedWordsBesideIt() {
        Quote clause = indirect(TestDoc.of("Pia Roth erwartet, dass die Mieten weiter steigen.").per("Pia Roth")
                .tag("steigen", "VERB").build()).get(0);
        assertEquals("pia-roth", clause.speakerKey());
        // "erwartet" in its other sense: the quoted words are no speech of the sentence's subject
        List<Quote> marked = quotes(TestDoc.of("Nordwerk wuchs „deutlich schneller“ als erwartet.").org("Nordwerk")
                .tag("wuchs", "VERB").build());
        assertTrue(marked.stream().noneMatch(q -> "nordwerk".equals(q.speakerKey())), marked::toString);
    }

    @Test
    void aSetOffAppositionLeavesTheClauseWhole() {
        // the passive's subject stands before the apposition that ends in the cue
        Quote passive = quotes(TestDoc.of("„Die Kosten sind gestiegen“, wird Anna Berger, Sprecherin der Stadtwerke, zitiert.")
                .per("Anna Berger").tag("zitiert", "VERB").build()).get(0);
        assertEquals("anna-berger", passive.speakerKey());
        // a separable verb's particle closes the clause after the apposition: "teilte … mit"
        List<Quote> back = all(TestDoc.of("Die Linie 4 fährt ab Mai wieder. Dies teilte die Sprecherin der Verkehrsbetriebe, "
                + "Pia Roth, am Abend mit.").per("Pia Roth").tag("fährt", "VERB").tag("teilte", "VERB").build());
        assertEquals(1, back.size(), back::toString);
        assertEquals("Die Linie 4 fährt ab Mai wieder.", back.get(0).text());
        assertEquals("pia-roth", back.get(0).speakerKey());
    }
}
