package ekg.graph.store;

import ekg.graph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real TDB2 dataset on disk. */
class EkgStoreTest {
    static final Iris IRIS = Iris.DEFAULT;

    static ArticleQuads article(String id, String... objects) {
        Node g = IRIS.articleGraph(id);
        Node s = IRIS.article(id);
        List<Quad> quads = new ArrayList<>();
        for (String o : objects) {
            quads.add(Quad.create(g, s, NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(o)));
        }
        return new ArticleQuads(id, quads);
    }

    static Set<String> objects(EkgStore store, String id) {
        Node g = IRIS.articleGraph(id);
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new java.util.TreeSet<>();
            store.datasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    @Test
    void writingTheSameArticlesAgainGivesTheSameGraph(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a", "1", "2"), article("b", "3")));
            long before = store.quadCount();
            store.replace(List.of(article("a", "1", "2"), article("b", "3")));
            assertEquals(3, before);
            assertEquals(before, store.quadCount());
            assertEquals(Set.of("a", "b"), store.articleIds());
        }
    }

    @Test
    void aChangedArticleReplacesItsGraphAndNothingElse(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a", "1", "2"), article("b", "3")));
            store.replace(List.of(article("a", "9")));
            assertEquals(Set.of("9"), objects(store, "a"));
            assertEquals(Set.of("3"), objects(store, "b"));
        }
    }

    @Test
    void theStoreKeepsItsDataAcrossReopening(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a", "1")));
        }
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            assertEquals(Set.of("1"), objects(store, "a"));
        }
    }

    @Test
    void aBatchWithABadArticleWritesNothingOfTheBatch(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a", "1")));
            ArticleQuads stray = new ArticleQuads("b", List.of(Quad.create(IRIS.articleGraph("a"),
                    IRIS.article("b"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("x"))));
            assertThrows(IllegalArgumentException.class, () -> store.replace(List.of(article("a", "2"), stray)));
            assertEquals(Set.of("1"), objects(store, "a"), "the failed transaction left the old graph as it was");
        }
    }

    @Test
    void removingAnArticleDropsOnlyItsGraph(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a", "1"), article("b", "2")));
            assertTrue(store.remove("a"));
            assertFalse(store.remove("a"));
            assertEquals(Set.of("b"), store.articleIds());
        }
    }

    @Test
    void theTextIndexFollowsReplacedArticles(@TempDir Path dir) {
        Node text = NodeFactory.createURI("http://schema.org/text");
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(new ArticleQuads("a", List.of(Quad.create(IRIS.articleGraph("a"), IRIS.article("a"), text,
                    NodeFactory.createLiteralLang("Die Partner verhandeln.", "de"))))));
            assertEquals(1, search(store, "Partnern"), "German stemming");
            store.replace(List.of(new ArticleQuads("a", List.of(Quad.create(IRIS.articleGraph("a"), IRIS.article("a"), text,
                    NodeFactory.createLiteralLang("Die Gespräche enden.", "de"))))));
            assertEquals(0, search(store, "Partner"), "the replaced text is gone from the index");
            assertEquals(1, search(store, "Gespräche"));
        }
    }

    @Test
    void writingASnapshotGivesEachArticleItsSize(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(article("a", "1", "2"), article("b", "3")));
            store.writeSnapshot();
            var index = Snapshot.readIndex(dir.resolve("db").resolve(store.generation() + ".snapshot"));
            assertEquals(Set.of("a", "b"), index.keySet());
            assertEquals(2, index.get("a").quads());
        }
    }

    static int search(EkgStore store, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '" + words + "' }";
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.create(q, store.dataset())) {
                int n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                return n;
            }
        });
    }
}
