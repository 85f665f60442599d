package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtteranceLinkerTest {
    private static final Iris IRIS = Iris.DEFAULT;
    private static final Node VOGT = IRIS.entity("lena-vogt");
    private static final Node ROTH = IRIS.entity("jan-roth");

    private static Node quote(DatasetGraph dsg, String article, int begin, String text, Node mode, Node speaker) {
        Node g = IRIS.articleGraph(article);
        Node q = IRIS.quote(article, begin, begin + text.length());
        dsg.add(g, q, Vocab.TYPE, Vocab.Schema.QUOTATION);
        dsg.add(g, q, Vocab.Schema.TEXT, Literals.german(text));
        dsg.add(g, q, Vocab.Ekg.MODE, mode);
        dsg.add(g, q, Vocab.Schema.IS_PART_OF, IRIS.article(article));
        dsg.add(g, q, Vocab.Nif.BEGIN, Literals.integer(begin));
        dsg.add(g, q, Vocab.Schema.SPOKEN_BY, speaker);
        return q;
    }

    private static DatasetGraph articles() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            quote(dsg, "a1", 10, "Wir bauen die Schule bis zum Herbst neu.", Vocab.Ekg.DIRECT, VOGT);
            quote(dsg, "a2", 40, "„Wir bauen die Schule bis zum Herbst neu.“", Vocab.Ekg.DIRECT, VOGT);
            quote(dsg, "a3", 5, "man baue die Schule bis zum Herbst neu", Vocab.Ekg.INDIRECT, VOGT);
            quote(dsg, "a3", 90, "die Schule bis zum Herbst", Vocab.Ekg.PARTIAL, VOGT);
            quote(dsg, "a1", 80, "Wir bauen die Schule bis zum Herbst neu.", Vocab.Ekg.DIRECT, ROTH);
            quote(dsg, "a2", 99, "Der Haushalt reicht nicht aus.", Vocab.Ekg.DIRECT, VOGT);
        });
        return dsg;
    }

    private static List<Quad> link(DatasetGraph dsg) {
        new LinkingGraph(IRIS, List.of(new UtteranceLinker(IRIS))).rebuild(dsg);
        return Txn.calculateRead(dsg, () -> {
            List<Quad> out = new java.util.ArrayList<>();
            dsg.find(IRIS.linkingGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void oneUtterancePerSpeakerAndThingSaid() {
        List<Quad> quads = link(articles());
        Set<Node> utterances = quads.stream().filter(q -> q.getObject().equals(Vocab.Ekg.UTTERANCE))
                .map(Quad::getSubject).collect(Collectors.toSet());
        assertEquals(3, utterances.size(), "Vogt's school, Vogt's budget, Roth's school: " + utterances);
        Node school = quads.stream().filter(q -> q.getPredicate().equals(Vocab.Ekg.REPORTS)
                && q.getSubject().equals(IRIS.quote("a3", 90, 115))).map(Quad::getObject).findFirst().orElseThrow();
        long reports = quads.stream().filter(q -> q.getPredicate().equals(Vocab.Ekg.REPORTS) && q.getObject().equals(school)).count();
        assertEquals(4, reports);
        Set<String> sources = quads.stream().filter(q -> q.getSubject().equals(school)
                && q.getPredicate().equals(Vocab.Prov.WAS_DERIVED_FROM)).map(q -> q.getObject().getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(IRIS.article("a1").getURI(), IRIS.article("a2").getURI(), IRIS.article("a3").getURI()), sources);
    }

    @Test
    void verbatimOnlyForTheCanonicalWordingInQuoteMarks() {
        List<Quad> quads = link(articles());
        assertEquals("true", verbatim(quads, IRIS.quote("a2", 40, 82)));
        assertEquals("false", verbatim(quads, IRIS.quote("a3", 5, 43)));
        assertEquals("false", verbatim(quads, IRIS.quote("a3", 90, 115)));
    }

    @Test
    void utteranceIrisAreStableAcrossRebuilds() {
        Set<Node> first = subjects(link(articles()));
        Set<Node> second = subjects(link(articles()));
        assertEquals(first, second);
        assertTrue(first.stream().allMatch(n -> n.getURI().startsWith(IRIS.base() + "id/utterance/lena-vogt-")
                || n.getURI().startsWith(IRIS.base() + "id/utterance/jan-roth-")));
    }

    @Test
    void shortQuotesNeedTheSameWordsAndParaphrasesMostWords() {
        assertTrue(Utterances.same(Utterances.normal("Die Lage ist ernst und bleibt es."),
                Utterances.normal("„die Lage ist ernst“")));
        assertFalse(Utterances.same(Utterances.normal("sehr ernst"), Utterances.normal("Die Lage ist sehr ernst")));
        assertTrue(Utterances.same(Utterances.normal("Der Besuch zeigt die enge Verbindung beider Staaten mit Moskau"),
                Utterances.normal("der Besuch zeige die sehr enge Verbindung beider Staaten mit Moskau")));
    }

    private static String verbatim(List<Quad> quads, Node quote) {
        return quads.stream().filter(q -> q.getSubject().equals(quote) && q.getPredicate().equals(Vocab.Ekg.VERBATIM))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElseThrow();
    }

    private static Set<Node> subjects(List<Quad> quads) {
        return quads.stream().filter(q -> q.getObject().equals(Vocab.Ekg.UTTERANCE)).map(Quad::getSubject)
                .collect(Collectors.toSet());
    }
}
