package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.EkgStore;
import ekg.ingest.kb.KnowledgeBase;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking over a real TDB2 dataset with two article graphs. */
class EntityLinkerTest {
    static final Iris IRIS = Iris.DEFAULT;

    static ArticleQuads article(String id, String key, Node type, String label, String... alts) {
        Node g = IRIS.articleGraph(id);
        Node e = IRIS.entity(key);
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(g, g, Vocab.Prov.WAS_DERIVED_FROM, IRIS.article(id)));
        q.add(Quad.create(g, e, Vocab.TYPE, type));
        q.add(Quad.create(g, e, Vocab.LABEL, Literals.german(label)));
        for (String a : alts) q.add(Quad.create(g, e, Vocab.ALT_LABEL, Literals.german(a)));
        return new ArticleQuads(id, q);
    }

    static Set<String> values(EkgStore store, Node graph, Node s, Node p) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new TreeSet<>();
            store.datasetGraph().find(graph, s, p, Node.ANY).forEachRemaining(q ->
                    out.add(q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().getURI()));
            return out;
        });
    }

    @Test
    void oneCanonicalNodePerEntityWithEveryFormAndItsSources(@TempDir Path dir) throws Exception {
        Path kbFile = dir.resolve("kb.jsonl");
        Files.writeString(kbFile, "{\"key\":\"anna-berger\",\"type\":\"PER\",\"name\":\"Anna Berger\","
                + "\"aliases\":[\"Ana Berger\"],\"wikidata\":\"Q42\"}\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.fromFiles(List.of(kbFile));
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(
                    article("a1", "anna-berger", Vocab.Schema.PERSON, "Ana Berger", "Bergers"),
                    article("a2", "anna-berger", Vocab.Schema.PERSON, "Anna Berger", "Berger"),
                    article("a3", "anna-berger", Vocab.Schema.PLACE, "Anna Berger")));
            SharedGraphs.Counts counts = new SharedGraphs(IRIS, kb).refresh(store.datasetGraph());
            assertTrue(counts.kb() > 0 && counts.linking() > 0, counts::toString);

            Node g = IRIS.linkingGraph();
            Node e = IRIS.entity("anna-berger");
            assertEquals(Set.of("Anna Berger"), values(store, g, e, Vocab.PREF_LABEL));
            assertEquals(Set.of("Ana Berger", "Berger", "Bergers"), values(store, g, e, Vocab.ALT_LABEL));
            assertEquals(Set.of(Vocab.Schema.PERSON.getURI()), values(store, g, e, Vocab.TYPE), "the type most articles give");
            assertEquals(Set.of("http://www.wikidata.org/entity/Q42"), values(store, g, e, Vocab.SAME_AS));
            assertEquals(Set.of(IRIS.article("a1").getURI(), IRIS.article("a2").getURI(), IRIS.article("a3").getURI()),
                    values(store, g, e, Vocab.Prov.WAS_DERIVED_FROM));
            Set<String> reasons = values(store, g, e, Vocab.Ekg.MERGE_REASON);
            assertTrue(reasons.contains("'Ana Berger' is a name of 'Anna Berger' in the knowledge base"), reasons::toString);
            assertEquals(3, reasons.size(), "one reason per alternative form");
            assertEquals(Set.of("Anna Berger"), values(store, IRIS.kbGraph(), e, Vocab.PREF_LABEL));
        }
    }

    @Test
    void refreshingAfterAnArticleIsGoneDropsItsLinks(@TempDir Path dir) {
        KnowledgeBase kb = KnowledgeBase.fromFiles(List.of());
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a1", "x", Vocab.Schema.PLACE, "X"), article("a2", "y", Vocab.Schema.PLACE, "Y")));
            new SharedGraphs(IRIS, kb).refresh(store.datasetGraph());
            store.remove("a2");
            new SharedGraphs(IRIS, kb).refresh(store.datasetGraph());
            assertEquals(Set.of(), values(store, IRIS.linkingGraph(), IRIS.entity("y"), Vocab.PREF_LABEL));
            assertEquals(Set.of("X"), values(store, IRIS.linkingGraph(), IRIS.entity("x"), Vocab.PREF_LABEL));
        }
    }

}
