package ekg.graph.tools.bench;

import ekg.graph.rdf.Iris;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.EkgStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dump the loads read, and both loads, on real TDB2 databases. */
class LoadBenchTest {
    private static final Iris IRIS = Iris.DEFAULT;

    private static ArticleQuads article(String id, int quads) {
        Node g = IRIS.articleGraph(id);
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < quads; i++) {
            // Subjects shared across articles, so that a scan in subject order would interleave the graphs.
            out.add(Quad.create(g, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString(id + i)));
        }
        return new ArticleQuads(id, out);
    }

    @Test
    void theDumpHoldsEachArticleInOneRunAndBothLoadsKeepEveryQuad(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("a.nq");
        long dumped;
        try (EkgStore store = EkgStore.open(dir.resolve("src"))) {
            store.replace(List.of(article("a", 20), article("b", 20), article("c", 20)));
            dumped = LoadBench.dumpArticles(store, IRIS, nq);
        }
        assertEquals(60, dumped);
        List<String> runs = new ArrayList<>();
        for (String line : Files.readAllLines(nq)) {
            String g = line.substring(0, line.length() - 2).strip();
            g = g.substring(g.lastIndexOf(' ') + 1);
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(g)) runs.add(g);
        }
        Set<String> distinct = new HashSet<>(runs);
        assertEquals(3, runs.size(), "one run per article graph: " + runs);
        assertEquals(3, distinct.size());

        assertEquals(60, LoadBench.ekgBulk(nq, dir.resolve("bulk"), IRIS).quads());
        try (EkgStore bulk = EkgStore.open(dir.resolve("bulk"))) {
            assertEquals(60, bulk.quadCount());
        }
        assertEquals(60, LoadBench.ekg(nq, dir.resolve("replace"), IRIS).quads());
        try (EkgStore replaced = EkgStore.open(dir.resolve("replace"))) {
            assertEquals(60, replaced.quadCount());
        }
    }
}
