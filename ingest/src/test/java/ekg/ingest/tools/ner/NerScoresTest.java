package ekg.ingest.tools.ner;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerScoresTest {

    @Test
    void countsExactTypedSpansPerTypeAndMicroOverall() {
        NerScores s = NerScores.builder()
                // PER found exactly; LOC found with the wrong end (one fp, one fn); ORG missed
                .add(new Span[] {new Span(0, 2, "PER"), new Span(4, 5, "LOC"), new Span(7, 8, "ORG")},
                        new Span[] {new Span(0, 2, "PER"), new Span(4, 6, "LOC")})
                // right span, wrong type: an fp for ORG and an fn for LOC
                .add(new Span[] {new Span(1, 2, "LOC")}, new Span[] {new Span(1, 2, "ORG")})
                .build();
        assertEquals(new TypeCounts(1, 0, 0), s.of("PER"));
        assertEquals(new TypeCounts(0, 1, 2), s.of("LOC"));
        assertEquals(new TypeCounts(0, 1, 1), s.of("ORG"));
        assertEquals(new TypeCounts(1, 2, 3), s.overall());
        assertEquals(1 / 3.0, s.overall().precision(), 1e-9);
        assertEquals(1 / 4.0, s.overall().recall(), 1e-9);
        assertEquals(2 * (1 / 3.0) * (1 / 4.0) / (1 / 3.0 + 1 / 4.0), s.f1(), 1e-9);
        assertEquals(2, s.sentences());
    }

    @Test
    void emptyCountsScoreZeroNotNaN() {
        assertEquals(0.0, TypeCounts.ZERO.f1());
        assertEquals(0.0, new TypeCounts(0, 3, 0).recall());
    }

    @Test
    void formatListsTypesInFixedOrderAndEndsWithF1() {
        NerScores s = NerScores.builder()
                .add(new Span[] {new Span(0, 1, "OTH"), new Span(2, 3, "PER")},
                        new Span[] {new Span(0, 1, "OTH"), new Span(2, 3, "PER")})
                .build();
        String[] lines = s.format().split("\n");
        assertEquals("F1 1.0000", lines[lines.length - 1]);
        assertTrue(lines[0].contains("outer") && lines[0].contains("deriv"), lines[0]);
        assertTrue(lines[2].startsWith("PER") && lines[3].startsWith("OTH"), s.format());
    }

    @Test
    void addingScoreSetsSumsCounts() {
        NerScores one = NerScores.builder().add(new Span[] {new Span(0, 1, "PER")}, new Span[0]).build();
        NerScores two = NerScores.builder().add(one).add(one).build();
        assertEquals(new TypeCounts(0, 0, 2), two.of("PER"));
        assertEquals(2, two.sentences());
    }
}
