package ekg.graph.rdf;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;
import ekg.ingest.read.Article;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocToRdfTest {
    static final String TEXT = "Anna Berger sagte: „Wir bleiben.“ Berger lachte.";

    static Doc doc() {
        Metadata m = Metadata.builder("in/a-1.json").url("https://news.example/a-1").title("Berger bleibt")
                .publisher("Beispielzeitung").published("2024-06").build();
        return Doc.of("a-1", TEXT, m)
                .withEntities(List.of(new Entity("anna-berger", "Anna Berger", EntityType.PER,
                        List.of(new Span(0, 11), new Span(34, 40)))))
                .withQuotes(List.of(new Quote(new Span(20, 32), "Wir bleiben.", QuoteMode.DIRECT, "sagte",
                        new Span(0, 11), "anna-berger")));
    }

    static DatasetGraph map(Doc doc) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Article article = new Article(doc.id(), doc.text(), doc.metadata(), "abc123");
        new DocToRdf(Iris.DEFAULT, new Provenance("ekg-test", "m1 m2")).write(article, doc, StreamRDFLib.dataset(out));
        return out;
    }

    @Test
    void mapsADocumentExactlyAsTheGoldenFileSays() {
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("golden/doc-to-rdf.trig");
        DatasetGraph actual = map(doc());
        assertTrue(IsoMatcher.isomorphic(expected, actual),
                () -> "mapping differs from golden/doc-to-rdf.trig\n" + diff(expected, actual));
    }

    @Test
    void aQuoteMentionsTheEntitiesWhoseMentionsLieInsideIt() {
        Doc d = doc().withQuotes(List.of(new Quote(new Span(34, 47), "Berger lachte", QuoteMode.PARTIAL, null, null, null)));
        DatasetGraph out = map(d);
        org.apache.jena.graph.Node quote = Iris.DEFAULT.quote("a-1", 34, 47);
        assertTrue(out.contains(Iris.DEFAULT.articleGraph("a-1"), quote, Vocab.Schema.MENTIONS, Iris.DEFAULT.entity("anna-berger")));
        assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(out.find(null, quote, Vocab.Schema.MENTIONS, null)));
    }

    @Test
    void eachMentionSaysWhatFoundIt() {
        Doc d = doc().withMentions(List.of(
                new ekg.ingest.doc.Mention(new Span(0, 11), "Anna Berger", EntityType.PER, "ner:de-ner-ekg"),
                new ekg.ingest.doc.Mention(new Span(34, 40), "Berger", EntityType.PER, "kb")));
        DatasetGraph out = map(d);
        org.apache.jena.graph.Node g = Iris.DEFAULT.articleGraph("a-1");
        assertTrue(out.contains(g, Iris.DEFAULT.span("a-1", 0, 11), Vocab.Ekg.FOUND_BY, Literals.string("ner:de-ner-ekg")));
        assertTrue(out.contains(g, Iris.DEFAULT.span("a-1", 34, 40), Vocab.Ekg.FOUND_BY, Literals.string("kb")));
    }

    @Test
    void mappingTheSameDocumentTwiceGivesTheSameQuads() {
        assertEquals(lines(map(doc())), lines(map(doc())));
    }

    @Test
    void keysThatAreNotIriSafeAreRefusedWithTheKeyNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.DEFAULT.entity("a b"));
        assertTrue(e.getMessage().contains("'a b'"), e.getMessage());
    }

    @Test
    void datesKeepThePrecisionTheInputGives() {
        assertEquals("http://www.w3.org/2001/XMLSchema#gYear", Literals.date("2000").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", Literals.date("2024-06").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", Literals.date("2024-06-18").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#dateTime",
                Literals.date("2024-06-18T10:15Z").getLiteralDatatypeURI());
    }

    static TreeSet<String> lines(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, org.apache.jena.riot.Lang.NQUADS);
        return new TreeSet<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
    }

    /** Sorted N-Quads lines only one side has: readable in a test report. */
    static String diff(DatasetGraph expected, DatasetGraph actual) {
        TreeSet<String> e = lines(expected);
        TreeSet<String> a = lines(actual);
        StringBuilder sb = new StringBuilder();
        e.stream().filter(l -> !a.contains(l)).forEach(l -> sb.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).forEach(l -> sb.append("+ ").append(l).append('\n'));
        return sb.toString();
    }
}
