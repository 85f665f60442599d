package ekg.graph.cli;

import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole path on the sample articles: real models, a real TDB2 dataset, the real command line. */
class SeedsEndToEndTest {
    static final Path SEEDS = Path.of("../seeds");

    @TempDir
    static Path tmp;
    static Path db;
    static Cli build;

    @BeforeAll
    static void buildSeeds() {
        db = tmp.resolve("db");
        build = Cli.run("build", SEEDS.toString(), "--db", db.toString());
    }

    @Test
    void everySeedArticleIsStored() throws Exception {
        assertEquals(0, build.exit, build::toString);
        assertTrue(build.err.contains("5 read, 5 stored, 0 failed"), build::toString);
        try (EkgStore store = EkgStore.open(db)) {
            Set<String> expected;
            try (var files = Files.list(SEEDS)) {
                // The seed articles; seeds/gold.json beside them is their gold, not an article.
                expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .map(n -> n.replaceFirst("\\.txt$", ""))
                        .collect(Collectors.toSet());
            }
            assertEquals(expected, store.articleIds());
        }
    }

    @Test
    void whoSaidGlobalNamesStoltenbergWithEachArticle() {
        Cli q = Cli.run("query", "../queries/who-said.rq", "--db", db.toString(), "--param", "text=global",
                "--format", "tsv");
        assertEquals(0, q.exit, q::toString);
        List<String> rows = Arrays.stream(q.out.split("\n")).skip(1).filter(l -> !l.isBlank()).toList();
        assertTrue(rows.size() >= 2, q::toString);
        for (String row : rows) {
            assertTrue(row.contains("Jens Stoltenberg"), () -> "speaker of a 'global' quote: " + row);
            assertTrue(row.toLowerCase().contains("global"), row);
        }
        Set<String> articles = rows.stream().map(r -> r.replaceAll(".*?(\\d{3}_[0-9a-f]{16}).*", "$1"))
                .collect(Collectors.toSet());
        assertTrue(articles.size() >= 2, () -> "quotes about global security come from several articles: " + rows);
    }

    @Test
    void buildingAgainGivesTheSameGraph(@TempDir Path other) {
        Path db2 = other.resolve("db");
        Cli again = Cli.run("build", SEEDS.toString(), "--db", db2.toString());
        assertEquals(0, again.exit, again::toString);
        Cli twice = Cli.run("build", SEEDS.toString(), "--db", db2.toString());
        assertEquals(0, twice.exit, twice::toString);
        try (EkgStore a = EkgStore.open(db); EkgStore b = EkgStore.open(db2)) {
            assertEquals(a.quadCount(), b.quadCount());
            assertTrue(IsoMatcher.isomorphic(articleGraphs(a), articleGraphs(b)),
                    "rebuilding the same input gives the same IRIs and triples");
        }
    }

    @Test
    void extractPrintsTrigWithoutStoring() {
        Cli x = Cli.run("extract", SEEDS.resolve("004_466bcd8ef23bab50.txt").toString());
        assertEquals(0, x.exit, x::toString);
        assertTrue(x.out.contains("GRAPH <https://ekg.dev/graph/article/004_466bcd8ef23bab50>")
                || x.out.contains("<https://ekg.dev/graph/article/004_466bcd8ef23bab50> {"), x::toString);
        assertTrue(x.out.contains("schema:Quotation"), x::toString);
    }

    /** Article graphs only: the meta graph records build times, which differ by design. */
    static DatasetGraph articleGraphs(EkgStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Node meta = Iris.DEFAULT.metaGraph();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(meta)) copy.add(q);
        }));
        return copy;
    }

}
