package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.quote.TestDoc.all;
import static ekg.ingest.quote.TestDoc.indirect;
import static ekg.ingest.quote.TestDoc.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verbs of expecting, concluding and finding out report the dass-clause after them, as verbs of saying do. */
class DassClauseCueTest {

    @Test
    void expectingExcludingAndFindingOutReportTheirDassClause() {
        Quote expects = quote(indirect(TestDoc.of("Die Bank Nordkredit erwartet, dass die Zinsen im Herbst steigen.")
                .org("Bank Nordkredit").tag("erwartet", "VERB").tag("steigen", "VERB").build()), "Zinsen");
        assertEquals("dass die Zinsen im Herbst steigen.", expects.text());
        assertEquals("bank-nordkredit", expects.speakerKey());
        Quote excludes = quote(indirect(TestDoc.of("Der Verein Grünhof schloss am Dienstag aus, dass er den Vertrag verlängert.")
                .org("Verein Grünhof").tag("schloss", "VERB").tag("verlängert", "VERB").build()), "Vertrag");
        assertEquals("dass er den Vertrag verlängert.", excludes.text());
        assertEquals("verein-grünhof", excludes.speakerKey());
        Quote found = quote(indirect(TestDoc.of("Die Biologin Ada Lenz fand heraus, dass die Vögel ihre Lieder von den Eltern lernen.")
                .per("Ada Lenz").tag("fand", "VERB").tag("lernen", "VERB").build()), "Vögel");
        assertEquals("ada-lenz", found.speakerKey());
        assertEquals(QuoteMode.INDIRECT, found.mode());
    }

    @Test
    void theSameVerbsWithoutAClauseReportNothing() {
        List<Quote> qs = all(TestDoc.of("Für den Abend wird Regen erwartet. Die Polizei schloss die Straße aus Sorge vor Glätte.")
                .org("Polizei").tag("wird", "AUX").tag("erwartet", "VERB").tag("schloss", "VERB").build());
        assertTrue(qs.isEmpty(), qs::toString);
    }

    @Test
    void aClauseCutBeforeTheSentenceEndsKeepsNoStop() {
        Quote q = quote(indirect(TestDoc.of("Ada Lenz sagte, dass die Lage ernst sei, und forderte mehr Geld.")
                .per("Ada Lenz").tag("sei", "AUX").tag("forderte", "VERB").build()), "Lage");
        assertEquals("dass die Lage ernst sei", q.text());
    }
}
