package ekg.graph.cli;

import ekg.graph.store.EkgStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ekg query} on the queries' hand-written fixture in a real TDB2 dataset. */
class QueryCommandTest {
    @TempDir
    static Path tmp;
    static String db;

    @BeforeAll
    static void load() {
        Path dir = tmp.resolve("db");
        try (EkgStore store = EkgStore.open(dir)) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFParser.source(Path.of("..", "queries", "tests", "fixture.trig"))
                    .lang(Lang.TRIG).parse(store.datasetGraph()));
        }
        db = dir.toString();
    }

    private static Path file(String name, String sparql) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, sparql, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void standardQueryFilesWithPrefixLinesRun() throws Exception {
        Path select = file("prefixes.rq", """
                PREFIX schema: <http://schema.org/>
                PREFIX ex: <http://example.org/ns#>
                SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }
                """);
        Cli c = Cli.run("query", select.toString(), "--db", db, "--format", "tsv");
        assertEquals(0, c.exit, c::toString);
        assertTrue(c.out.matches("(?s)\\?n\\n[1-9].*"), c::toString);
        Path construct = file("construct.rq", """
                PREFIX s: <http://schema.org/>
                CONSTRUCT { ?a s:identifier ?id } WHERE { ?a a s:NewsArticle ; s:identifier ?id } LIMIT 1
                """);
        Cli g = Cli.run("query", construct.toString(), "--db", db);
        assertEquals(0, g.exit, g::toString);
        assertTrue(g.out.contains("identifier"), g::toString);
    }

    @Test
    void aBadPageOrAMissingRequiredParameterIsAUsageError() {
        for (String page : new String[]{"abc", "0", "-1"}) {
            Cli c = Cli.run("query", "../queries/articles.rq", "--db", db, "--param", "page=" + page);
            assertEquals(2, c.exit, c::toString);
            assertTrue(c.err.contains("page must be a whole number from 1"), c::toString);
        }
        for (String q : new String[]{"entity", "timeline", "names-by-outlet", "co-mentions"}) {
            Cli c = Cli.run("query", "../queries/" + q + ".rq", "--db", db);
            assertEquals(2, c.exit, c::toString);
            assertTrue(c.err.contains("needs --param"), c::toString);
            assertEquals("", c.out, c::toString);
        }
    }

    @Test
    void aRepeatedParameterIsRefusedAndQuotesInAValueAreText() {
        Cli twice = Cli.run("query", "../queries/who-said.rq", "--db", db, "--param", "speaker=a", "--param", "speaker=b");
        assertEquals(2, twice.exit, twice::toString);
        assertTrue(twice.err.contains("speaker"), twice::toString);
        Cli quoted = Cli.run("query", "../queries/who-said.rq", "--db", db, "--param", "text=\"}) } SELECT * {", "--format", "tsv");
        assertEquals(0, quoted.exit, quoted::toString);
        assertEquals(1, quoted.out.strip().lines().count(), "no quote contains that text: " + quoted);
    }
}
