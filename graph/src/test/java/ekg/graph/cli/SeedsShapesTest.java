package ekg.graph.cli;

import ekg.graph.rebuild.Shapes;
import ekg.graph.store.EkgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph built from the seeds with real models conforms to the SHACL shapes, and full-text search works. */
class SeedsShapesTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        Cli c = Cli.run("build", "../seeds", "--db", db.toString());
        assertEquals(0, c.exit, c::toString);
    }

    @Test
    void theSeedGraphConformsToTheShapes() {
        try (EkgStore store = EkgStore.open(db)) {
            List<String> violations = Shapes.load().violations(store.datasetGraph(), 20);
            assertEquals(List.of(), violations);
        }
    }

    @Test
    void ekgQueryFindsQuotesByFullText() throws Exception {
        Path q = Files.writeString(tmp.resolve("search.rq"), String.join("\n",
                "# Quotes about security.",
                "SELECT ?quote ?text WHERE { ?quote text:query 'Sicherheit' ; schema:text ?text }", ""),
                StandardCharsets.UTF_8);
        Cli c = Cli.run("query", q.toString(), "--db", db.toString(), "--format", "tsv");
        assertEquals(0, c.exit, c::toString);
        assertTrue(c.out.contains("Unsere Sicherheit ist global, nicht regional."), c::toString);
    }

    @Test
    void buildLeavesASnapshotForTheNextRebuild() {
        try (EkgStore store = EkgStore.open(db)) {
            assertTrue(Files.isRegularFile(db.resolve(store.generation() + ".snapshot").resolve("index.tsv")));
        }
    }
}
