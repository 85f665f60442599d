package ekg.ingest.quote;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSpanFinderTest {
    private final QuoteSpanFinder finder = new QuoteSpanFinder(QuoteSpanFinder.DEFAULT_MAX_CHARS);

    private List<String> quoted(String text) {
        return finder.find(text).pairs().stream().map(p -> p.inner().of(text)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Er rief „Wir bleiben hier“ in den Saal.",
            "Er rief „Wir bleiben hier” in den Saal.",
            "Er rief „Wir bleiben hier\" in den Saal.",
            "Er rief \"Wir bleiben hier\" in den Saal.",
            "Er rief »Wir bleiben hier« in den Saal.",
            "Er rief «Wir bleiben hier» in den Saal.",
            "Er rief ‚Wir bleiben hier‘ in den Saal.",
            "Er rief “Wir bleiben hier” in den Saal.",
            "Er rief ›Wir bleiben hier‹ in den Saal."
    })
    void pairsEveryMarkStyle(String text) {
        assertEquals(List.of("Wir bleiben hier"), quoted(text));
    }

    @Test
    void spanExcludesTheMarksExactly() {
        String text = "Sie sagte: „Genug.“";
        QuoteSpanFinder.Pair p = finder.find(text).pairs().get(0);
        assertEquals(text.indexOf('„'), p.open());
        assertEquals(text.indexOf('“'), p.close());
        assertEquals("Genug.", p.inner().of(text));
    }

    @Test
    void aQuoteMayRunAcrossSentences() {
        assertEquals(List.of("Das reicht nicht. Wir brauchen mehr Geld."),
                quoted("„Das reicht nicht. Wir brauchen mehr Geld.“, sagte die Bürgermeisterin."));
    }

    @Test
    void adjacentQuotesStaySeparate() {
        assertEquals(List.of("Erstens.", "Zweitens"), quoted("„Erstens.“ „Zweitens“, sagte er."));
    }

    @Test
    void nestedQuotesStayInsideTheOuterOne() {
        assertEquals(List.of("Er nannte das ‚unverantwortlich‘, und ich stimme zu."),
                quoted("„Er nannte das ‚unverantwortlich‘, und ich stimme zu.“"));
    }

    @Test
    void aStrayCloserIsReportedNotPaired() {
        String text = "Die Pläne seien gut.“ Mehr sagte er nicht.";
        QuoteSpanFinder.Result r = finder.find(text);
        assertTrue(r.pairs().isEmpty());
        assertEquals(List.of(text.indexOf('“')), r.strayClosers());
    }

    @Test
    void anUnclosedOpenerIsDroppedAtTheLineBreak() {
        String text = "Er sagte „Wir kommen morgen.\nDann kam \"der Regen\" doch.";
        assertEquals(List.of("der Regen"), quoted(text));
    }

    @Test
    void aStraightQuoteNeverPairsAcrossParagraphs() {
        assertEquals(List.of(), quoted("Der Titel lautet \"Alles neu\n\nund anders\" nun."));
    }

    @Test
    void anOpenerOfTheSameKindMeansTheEarlierLostItsCloser() {
        assertEquals(List.of("Das zweite Zitat"), quoted("„Das erste Zitat ohne Ende. „Das zweite Zitat“, sagte sie."));
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertEquals(List.of("So geht’s nicht"), quoted("Sie sagte ‚So geht’s nicht‘ und ging."));
    }

    @Test
    void tooLongASpanIsSkipped() {
        QuoteSpanFinder small = new QuoteSpanFinder(10);
        String text = "„Dies ist ein langer Satz.“ und „kurz“";
        assertEquals(List.of("kurz"), small.find(text).pairs().stream().map(p -> p.inner().of(text)).toList());
    }

    @Test
    void strayMarksNeverThrow() {
        for (String t : List.of("\"", "„", "“", "»«", "« »", "„“", "\"\"\"", "a\"b\"c", "“ „", "‚’‘")) {
            finder.find(t);
        }
        assertEquals(List.of(), quoted("„“"));
    }
}
