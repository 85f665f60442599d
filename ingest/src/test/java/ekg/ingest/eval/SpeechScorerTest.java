package ekg.ingest.eval;

import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeechScorerTest {
    /** Gold with speaker spans and names: a pronoun speaker has no name. */
    private static final String GOLD = """
            {"articles": ["a.json", "b.json"],
             "quotes": [
              {"article": "a.json", "speaker": "Anna Lenz", "speaker_name": "Anna Lenz", "mode": "direct",
               "contains": "Wir bauen die Brücke neu", "span": [10, 34], "spans": [[10, 34]]},
              {"article": "a.json", "speaker": "Eva Roth", "speaker_name": "Eva Roth", "mode": "direct",
               "contains": "Das ist ein guter Tag für die Stadt", "span": [50, 85], "spans": [[50, 85]]},
              {"article": "a.json", "speaker": "er", "speaker_name": null, "mode": "indirect",
               "contains": "die Stadt habe kein Geld mehr", "span": [90, 119], "spans": [[90, 119]]},
              {"article": "b.json", "speaker": "der Bürgermeister Otto Kranz", "speaker_name": "Bürgermeister Otto Kranz",
               "mode": "indirect", "contains": "der Plan sei zu teuer", "span": [0, 21], "spans": [[0, 21]]}]}
            """;

    private static FakeExtraction extraction() {
        return new FakeExtraction().label("e:lenz", "Anna Lenz").label("e:stiftung", "Roth-Stiftung").label("e:kranz", "Kranz")
                .quote("a.json", "„Wir  bauen die\u00a0Brücke neu, und zwar bald.“", QuoteMode.DIRECT, "e:lenz")
                .quote("a.json", "»Das ist ein guter Tag für die Stadt«", QuoteMode.DIRECT, "e:stiftung")
                .quote("a.json", "habe kein Geld", QuoteMode.INDIRECT, null)
                .quote("a.json", "Sanierungsfall", QuoteMode.PARTIAL, null)
                .quote("b.json", "Plan", QuoteMode.INDIRECT, "e:kranz")
                .quote("c.json", "Wir feiern heute.", QuoteMode.DIRECT, null);
    }

    private static SpeechScore.Mode mode(SpeechScore s, String mode) {
        return s.modes().stream().filter(m -> m.mode().equals(mode)).findFirst().orElseThrow();
    }

    @Test
    void foundMeansTheExtractedTextContainsTheGoldOrLiesInItWithMoreThanEightCharacters() {
        SpeechScore s = Evaluation.of(GoldFile.parse(GOLD), extraction()).speech();
        assertEquals(new SpeechScore.Mode("direct", 2, 2, 2, 1), mode(s, "direct"));
        // "habe kein Geld" lies inside its gold statement; "Plan" does too but is too short to count.
        assertEquals(new SpeechScore.Mode("indirect", 2, 1, 1, 0), mode(s, "indirect"));
        assertEquals(0, mode(s, "reported").gold());
    }

    @Test
    void attributedNeedsAWholeCapitalisedWordOfTheGoldNameAndANamedGoldSpeaker() {
        SpeechScore s = Evaluation.of(GoldFile.parse(GOLD), extraction()).speech();
        // "Roth-Stiftung" contains "Roth" but is another word; the pronoun speaker is left out of "named".
        assertEquals(1, mode(s, "direct").attributed());
        assertEquals(1, mode(s, "indirect").named());
        assertTrue(s.cases().contains(new Case("wrong speaker", "a.json", "50-85", "Das ist ein guter Tag für die Stadt",
                "Eva Roth", "Roth-Stiftung")), s.cases().toString());
    }

    @Test
    void quoteMarkedSpeechMatchingNoGoldStatementIsWrongInTheGoldArticlesOnly() {
        SpeechScore s = Evaluation.of(GoldFile.parse(GOLD), extraction()).speech();
        assertEquals(new Ratio(2, 3), s.markedPrecision());
        assertEquals(List.of("Sanierungsfall"), s.cases().stream().filter(c -> c.what().equals("no gold statement"))
                .map(Case::text).toList());
    }

    @Test
    void goldWithoutSpeakerNamesNamesEverySpeakerAndTheSeedScorerStepsAside() {
        GoldFile gold = GoldFile.parse("""
                {"quotes": [{"article": "a.json", "speaker": "Anna Lenz", "mode": "direct",
                             "contains": "Wir bauen die Brücke neu", "span": [10, 34]}]}
                """);
        assertNull(gold.quotes());
        Evaluation e = Evaluation.of(gold, extraction());
        assertNull(e.quotes());
        assertEquals(new SpeechScore.Mode("direct", 1, 1, 1, 1), mode(e.speech(), "direct"));
    }

    @Test
    void theReportListsUpToNCasesOfEachKind() {
        Evaluation e = Evaluation.of(GoldFile.parse(GOLD), extraction());
        assertTrue(e.report().contains("direct    gold     2  found     2 1.000  named speaker     2  attributed     1 0.500"),
                e.report());
        assertTrue(!e.report().contains("missed"), "no cases unless asked for");
        String one = e.report(1);
        assertTrue(one.contains("missed (1 of 1):") && one.contains("\"der Plan sei zu teuer\""), one);
        assertTrue(e.json(1).contains("\"cases\" : [ {"), e.json(1));
    }
}
