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

/** Verbs of predicting, disclosing and imputing report the dass-clause after them, as verbs of saying do. */
class DassClauseCueTest {

    @Test
    void predictingDisclosingAndImputingReportTheirDassClause() {
        Quote predicts = quote(indirect(TestDoc.of("Die Bank Nordkredit prognostiziert, dass die Zinsen im Herbst steigen.")
                .org("Bank Nordkredit").tag("prognostiziert", "VERB").tag("steigen", "VERB").build()), "Zinsen");
        assertEquals("dass die Zinsen im Herbst steigen.", predicts.text());
        assertEquals("bank-nordkredit", predicts.speakerKey());
        Quote discloses = quote(indirect(TestDoc.of("Der Verein Grünhof verriet am Dienstag, dass er den Vertrag verlängert.")
                .org("Verein Grünhof").tag("verriet", "VERB").tag("verlängert", "VERB").build()), "Vertrag");
        assertEquals("dass er den Vertrag verlängert.", discloses.text());
        assertEquals("verein-grünhof", discloses.speakerKey());
        Quote imputes = quote(indirect(TestDoc.of("Die Biologin Ada Lenz unterstellte, dass die Behörde die Zahlen schönt.")
                .per("Ada Lenz").tag("unterstellte", "VERB").tag("schönt", "VERB").build()), "Zahlen");
        assertEquals("ada-lenz", imputes.speakerKey());
        assertEquals(QuoteMode.INDIRECT, imputes.mode());
    }

    @Test
    void theSameVerbsWithoutAClauseReportNothing() {
        List<Quote> qs = all(TestDoc.of("Der Händler verriet sich durch seinen Akzent. Die Polizei kam erst am Abend.")
                .org("Polizei").tag("verriet", "VERB").tag("kam", "VERB").build());
        assertTrue(qs.isEmpty(), qs::toString);
    }

    @Test
    void aClauseCutBeforeTheSentenceEndsKeepsNoStop() {
        Quote q = quote(indirect(TestDoc.of("Ada Lenz sagte, dass die Lage ernst sei, und forderte mehr Geld.")
                .per("Ada Lenz").tag("sei", "AUX").tag("forderte", "VERB").build()), "Lage");
        assertEquals("dass die Lage ernst sei", q.text());
    }
}
