package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.eval.Extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {
    private static final String QUOTES = """
            {"quotes": [
              {"article": "a.txt", "speaker": "Anna Berg", "mode": "direct", "contains": "Wir bleiben hier."},
              {"article": "a.txt", "speaker": "Anna Berg", "mode": "partial", "contains": "große Sorge"},
              {"article": "a.txt", "speaker": "Stadtrat", "mode": "indirect", "contains": "die Brücke sei marode"},
              {"article": "a.txt", "speaker": "Stadtrat", "mode": "indirect", "contains": "der Etat reiche nicht"}
             ],
             "ambiguous": [{"article": "a.txt", "contains": "Sanierungsfall", "why": "scare quotes"}],
             "not_quotes": [{"article": "a.txt", "contains": "Lindenauer Bote", "why": "a newspaper"}]}
            """;

    @Test
    void quoteMarkedSpeechGetsPrecisionAndRecallIndirectRecallOnly() {
        FakeExtraction x = new FakeExtraction().label("e:berg", "Anna Berg").label("e:rat", "Stadtrat")
                .quote("a.txt", "„Wir  bleiben hier.“", QuoteMode.DIRECT, "e:berg")
                .quote("a.txt", "große Sorge", QuoteMode.PARTIAL, "e:rat")
                .quote("a.txt", "Sanierungsfall", QuoteMode.PARTIAL, null)
                .quote("a.txt", "Lindenauer Bote", QuoteMode.PARTIAL, null)
                .quote("a.txt", "Er sagte, die Brücke sei marode und teuer.", QuoteMode.INDIRECT, "e:rat");
        QuoteScore q = Evaluation.of(GoldFile.parse(QUOTES), x).quotes();
        assertEquals(new Ratio(1, 3), q.precision());
        assertEquals(new Ratio(1, 2), q.recall());
        assertEquals(new Ratio(1, 2), q.indirectRecall());
        assertEquals(1, q.ignored());
        assertEquals(2, q.misses().size());
        assertEquals("e:rat (partial)", q.misses().get(0).got());
        assertTrue(q.falsePositives().stream().anyMatch(f -> f.why().startsWith("not a quote")));
    }

    @Test
    void sectionsTheGoldFileLacksAreSkipped() {
        Evaluation e = Evaluation.of(GoldFile.parse("{\"quotes\": []}"), new FakeExtraction());
        assertNull(e.entities());
        assertNull(e.events());
        assertTrue(e.report().startsWith("quotes, quote-marked"));
        assertTrue(e.json().contains("\"precision\""));
    }

    @Test
    void entityGroupsMustResolveToOneEntityOfTheirType() {
        String gold = """
                {"entities": [
                  {"name": "Anna Berg", "type": "Person", "forms": ["Anna Berg", "Berg"]},
                  {"name": "Lindenau", "type": "Place", "forms": ["Lindenau"]}],
                 "distinct": [["Anna Berg", "Lindenau"]]}
                """;
        FakeExtraction x = new FakeExtraction().at("a.txt", "Anna Berg", "e:berg", EntityType.PER)
                .at("a.txt", "Berg", "e:berg", EntityType.PER).at("b.txt", "Berg", "e:berg2", EntityType.PER)
                .at("a.txt", "Lindenau", "e:lindenau", EntityType.LOC);
        EntityScore s = Evaluation.of(GoldFile.parse(gold), x).entities();
        assertEquals(new Ratio(1, 2), s.groups());
        assertEquals(0, s.mergedPairs());
        assertTrue(s.failures().get(0).why().contains("e:berg2"), s.failures().toString());
    }

    @Test
    void anEventMatchesByTypeAgentPlaceSourcesAndATimeAtAnyPrecision() {
        String gold = """
                {"events": [{"type": "Visit", "agent": "Anna Berg", "place": "Lindenau", "when": "2024-06",
                             "articles": ["a.txt"]},
                            {"type": "Visit", "agent": "Anna Berg", "place": "Lindenau", "when": "2023",
                             "articles": ["a.txt"]}]}
                """;
        FakeExtraction x = new FakeExtraction().label("e:berg", "Anna Berg").label("e:lindenau", "Lindenau")
                .event(new ExtractedEvent("ev1", "Visit", Set.of("e:berg"), Set.of("e:lindenau"), null,
                        "2024-06-18", "2024-06-19", Set.of("a.txt", "b.txt")))
                .event(new ExtractedEvent("ev2", "Visit", Set.of("e:berg"), Set.of("e:lindenau"), "2022",
                        null, null, Set.of("a.txt")));
        EventScore s = Evaluation.of(GoldFile.parse(gold), x).events();
        assertEquals(new Ratio(1, 2), s.matched());
        assertEquals(0, s.failures().get(0).nodes());
    }

    @Test
    void timesAgreeWhenOneLiesWithinTheOther() {
        assertTrue(TimeSpan.parse("2023").agrees(TimeSpan.parse("2023-09")));
        assertTrue(TimeSpan.parse("2024-06-18").agrees(TimeSpan.parse("2024-06-18/2024-06-19")));
        assertTrue(!TimeSpan.parse("2024-06-20").agrees(TimeSpan.parse("2024-06-18/2024-06-19")));
    }

    @Test
    void aBrokenGoldFileIsReportedWithItsPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldFile.parse("{\"quotes\": [{\"article\": \"a.txt\"}]}"));
        assertTrue(e.getMessage().contains("quotes") && e.getMessage().contains("speaker"), e.getMessage());
    }

    @Test
    void textsCompareWithoutQuoteMarksAndWithFoldedSpace() {
        assertTrue(Texts.matches("„Er sagte:  ‚nein‘“", "sagte: nein"));
        assertTrue(!Texts.matches("Nein", "nein"));
    }
}
