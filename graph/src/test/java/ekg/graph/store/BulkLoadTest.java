package ekg.graph.store;

import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static ekg.graph.store.EkgStoreTest.IRIS;
import static ekg.graph.store.EkgStoreTest.article;
import static ekg.graph.store.EkgStoreTest.objects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bulk loads into a real TDB2 generation on disk, text index included. */
class BulkLoadTest {

    private static ArticleQuads quoted(String id, String text) {
        Node g = IRIS.articleGraph(id);
        Node q = NodeFactory.createURI("urn:quote:" + id);
        return new ArticleQuads(id, List.of(Quad.create(g, q, Vocab.Schema.TEXT, NodeFactory.createLiteralLang(text, "de"))));
    }

    private static long textHits(EkgStore store, String word) {
        return hits(store, "'" + word + "'");
    }

    /** Hits of a jena-text search, e.g. {@code 'word'} or {@code (<property> 'word')}. */
    private static long hits(EkgStore store, String search) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query " + search + " }";
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                long n = 0;
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    /** One bulk load of the batches, in order, finished. */
    @SafeVarargs
    private static void bulkLoad(EkgStore store, List<ArticleQuads>... batches) {
        try (BulkLoad load = store.bulkLoad()) {
            for (List<ArticleQuads> batch : batches) load.write(batch);
            load.finish();
        }
    }

    @Test
    void loadsArticlesTheirMetaDataAndTheTextIndexAndTheLastCopyOfAnArticleWins(@TempDir Path dir) {
        Generations gens = Generations.at(dir.resolve("db"));
        String gen = gens.next();
        try (EkgStore store = EkgStore.openGeneration(gens, gen, IRIS)) {
            bulkLoad(store, List.of(article("a", "1", "2"), quoted("q1", "Die Partnerschaft ist stark")),
                    List.of(article("b", "3"), article("a", "4")));
            assertEquals(Set.of("a", "b", "q1"), store.articleIds());
            assertEquals(Set.of("4"), objects(store, "a"));
            assertEquals(Set.of("3"), objects(store, "b"));
            assertEquals(1, textHits(store, "Partnerschaft"));
            long meta = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                    .stream(IRIS.metaGraph(), Node.ANY, Vocab.Prov.GENERATED_AT, Node.ANY).count());
            assertEquals(3, meta);
        }
        gens.switchTo(gen);
        try (EkgStore reopened = EkgStore.open(dir.resolve("db"))) {
            assertEquals(Set.of("a", "b", "q1"), reopened.articleIds());
            assertEquals(1, textHits(reopened, "Partnerschaft"));
        }
    }

    private static ArticleQuads named(String id, String name) {
        Node g = IRIS.articleGraph(id);
        return new ArticleQuads(id, List.of(Quad.create(g, IRIS.entity("e-" + id), Vocab.LABEL, NodeFactory.createLiteralLang(name, "de"))));
    }

    /** Every article repeats its entities' names: the index takes them once, from the linking graph. */
    @Test
    void namesAreIndexedFromTheLinkingGraphNotFromEachArticle(@TempDir Path dir) {
        Generations gens = Generations.at(dir.resolve("db"));
        String gen = gens.next();
        try (EkgStore store = EkgStore.openGeneration(gens, gen, IRIS)) {
            bulkLoad(store, List.of(named("a", "Zebulon Quast"), quoted("q1", "Zebulon kommt")));
            store.replace(List.of(named("b", "Zebulon Quast")));
            String byName = "(<" + Vocab.LABEL.getURI() + "> 'Zebulon')";
            assertEquals(0, hits(store, byName));
            assertEquals(1, textHits(store, "Zebulon"));
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(IRIS.linkingGraph(), IRIS.entity("e-a"),
                    NodeFactory.createURI(Vocab.SKOS + "prefLabel"), NodeFactory.createLiteralLang("Zebulon Quast", "de")));
            assertEquals(1, hits(store, byName));
        }
    }

    @Test
    void refusesTheLiveGenerationAndAGenerationWithData(@TempDir Path dir) {
        try (EkgStore live = EkgStore.open(dir.resolve("db"))) {
            assertThrows(IllegalStateException.class, live::bulkLoad);
        }
        Generations gens = Generations.at(dir.resolve("db"));
        try (EkgStore other = EkgStore.openGeneration(gens, gens.next(), IRIS)) {
            other.replace(List.of(article("a", "1")));
            assertThrows(IllegalStateException.class, other::bulkLoad);
        }
    }

    @Test
    void aQuadOutsideItsArticleGraphIsRefused(@TempDir Path dir) {
        Generations gens = Generations.at(dir.resolve("db"));
        try (EkgStore store = EkgStore.openGeneration(gens, gens.next(), IRIS); BulkLoad load = store.bulkLoad()) {
            ArticleQuads wrong = new ArticleQuads("a", article("b", "1").quads());
            assertThrows(IllegalArgumentException.class, () -> load.write(List.of(wrong)));
        }
    }
}
