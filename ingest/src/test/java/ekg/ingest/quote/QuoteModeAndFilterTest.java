package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static ekg.ingest.quote.TestDoc.quote;
import static ekg.ingest.quote.TestDoc.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DIRECT against PARTIAL, quoted spans that are not speech, and the stage contract. */
class QuoteModeAndFilterTest {

    @Test
    void fewWordsInTheWritersSentenceArePartial() {
        Quote q = quote(quotes(TestDoc.of("Die Bürgermeisterin Lena Vogt lobte am Abend den „großartigen Einsatz“ "
                + "der Feuerwehr.").per("Lena Vogt").build()), "Einsatz");
        assertEquals(QuoteMode.PARTIAL, q.mode());
        assertEquals("lena-vogt", q.speakerKey());
        assertEquals("lobte", q.cue());
    }

    @Test
    void lowerCaseQuoteAfterADashWithItsOwnCueIsDirect() {
        Quote q = quote(quotes(TestDoc.of("Die Mannschaft habe eine neue Seite aufgeschlagen – „eine Seite, die niemand "
                + "erwartet hatte“, sagte Trainerin Ute Beck.").per("Ute Beck").build()), "eine Seite");
        assertEquals(QuoteMode.DIRECT, q.mode());
        assertEquals("ute-beck", q.speakerKey());
    }

    @Test
    void completeSentenceAtTheStartOfAParagraphIsDirect() {
        List<Quote> qs = quotes(TestDoc.of("Der Rat tagte bis spät.\n„Wir sind zufrieden.“").build());
        assertEquals(QuoteMode.DIRECT, quote(qs, "zufrieden").mode());
    }

    @Test
    void partialThenDirectBothTakeTheFollowingCue() {
        List<Quote> qs = quotes(TestDoc.of("Dieser Schritt „zeigt, wie ernst die Lage ist.“ „Wir müssen handeln“, "
                + "erklärte Ministerpräsidentin Hanna Blum.").per("Hanna Blum").build());
        assertEquals(QuoteMode.PARTIAL, quote(qs, "zeigt, wie").mode());
        assertEquals("hanna-blum", quote(qs, "zeigt, wie").speakerKey());
        assertEquals(QuoteMode.DIRECT, quote(qs, "handeln").mode());
        assertEquals("hanna-blum", quote(qs, "handeln").speakerKey());
    }

    @Test
    void nameAfterAMediaNounIsNoQuote() {
        assertEquals(List.of(), quotes(TestDoc.of("Der Minister sagte der Zeitung „Morgenpost“, er bleibe im Amt.")
                .build()));
        assertEquals(List.of(), quotes(TestDoc.of("Die Armee begann die Operation „Sturmvogel“, sagte ein Offizier.")
                .build()));
        assertEquals(List.of(), quotes(TestDoc.of("Sie sprach in der Sendung \"Guten Morgen Berlin\" über ihre Pläne.")
                .build()));
    }

    @Test
    void speechAfterAnOrdinaryNounIsStillAQuote() {
        List<Quote> qs = quotes(TestDoc.of("Der Minister sprach vom „Ende einer Ära“, sagte sein Sprecher Udo Lenk.")
                .per("Udo Lenk").build());
        assertEquals(1, qs.size());
        assertEquals("udo-lenk", qs.get(0).speakerKey());
    }

    @Test
    void sentencesAddressingTheReaderArePageFurniture() {
        assertEquals(List.of(), quotes(TestDoc.of("„Unser Team“ informiert Sie täglich über das Wichtigste.").build()));
        assertEquals(List.of(), quotes(TestDoc.of("Hier finden sich die Beiträge aus „Der Morgen“ im Newsletter.")
                .build()));
    }

    @Test
    void scareQuotesWithoutACueAreDropped() {
        assertEquals(List.of(), quotes(TestDoc.of("Die Partei sieht darin eine „Provokation“.").build()));
        assertEquals(List.of(), quotes(TestDoc.of("Die sogenannten „Klimakleber“ blockierten die Straße.").build()));
    }

    @Test
    void soAtTheStartOfASentenceIsNoCue() {
        assertEquals(List.of(), quotes(TestDoc.of("So kam es zum „Wunder von Bern“.").build()));
    }

    @Test
    void unbalancedMarksNeverThrowAndYieldNothing() {
        assertEquals(List.of(), quotes(TestDoc.of("Er sagte „Wir kommen. Dann ging er.\nNeuer Absatz.").build()));
        assertEquals(List.of(), quotes(TestDoc.of("\" “ « » „").build()));
    }

    @Test
    void textIsTheCoveredText() {
        String text = "„Zwei  Leerzeichen bleiben.“, sagte Eva Roth.";
        Quote q = quotes(TestDoc.of(text).per("Eva Roth").build()).get(0);
        assertEquals(q.span().of(text), q.text());
        assertEquals("Zwei  Leerzeichen bleiben.", q.text());
    }

    @Test
    void stageDeclaresItsLayers() {
        QuoteStage stage = new QuoteStage();
        assertEquals("quotes", stage.name());
        // the quotes, and the unnamed speakers among the entities
        assertEquals(Set.of(Layer.QUOTES, Layer.ENTITIES), stage.provides());
        assertTrue(stage.requires().containsAll(Set.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.ENTITIES,
                Layer.SENTENCES)));
        assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(stage).build());
    }

    @Test
    void emptyDocumentYieldsNoQuotes() {
        Doc d = DocBuilder.of("").id("e").tags(t -> "X").mentions().entities().build();
        assertEquals(List.of(), new QuoteStage().process(d).quotes());
    }
}
