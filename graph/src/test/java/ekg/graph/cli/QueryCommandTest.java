package ekg.graph.cli;

import ekg.graph.query.NamedQuery;
import ekg.graph.query.QueryRunner;
import ekg.graph.serve.EkgServer;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void theCannedQueriesRunAgainstALiveServer() {
        String[] args = {"query", "../queries/who-said.rq", "--param", "speaker=berger", "--format", "tsv"};
        Cli local = Cli.run(concat(args, "--db", db));
        assertEquals(0, local.exit, local::toString);
        assertTrue(local.out.lines().count() > 1, local::toString);
        try (EkgServer server = EkgServer.builder(Path.of(db)).port(0).loopback(true).start()) {
            Cli remote = Cli.run(concat(args, "--endpoint", "http://localhost:" + server.port() + "/ekg/query"));
            assertEquals(0, remote.exit, remote::toString);
            assertEquals(local.out, remote.out);
        }
    }

    @Test
    void graphsComeInTheFormatAskedForAndRowFormatsAreRefusedForThem() throws Exception {
        Path construct = file("graph.rq", "CONSTRUCT { ?a schema:identifier ?id } WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }");
        Cli nt = Cli.run("query", construct.toString(), "--db", db, "--format", "nt");
        assertEquals(0, nt.exit, nt::toString);
        assertTrue(nt.out.lines().allMatch(l -> l.matches("<[^>]+> <http://schema.org/identifier> \"[^\"]+\" \\.")), nt::toString);
        Cli jsonld = Cli.run("query", construct.toString(), "--db", db, "--format", "jsonld");
        assertTrue(jsonld.out.contains("\"@context\""), jsonld::toString);
        Cli trig = Cli.run("query", construct.toString(), "--db", db, "--format", "trig");
        assertEquals(0, trig.exit, trig::toString);
        Cli csv = Cli.run("query", construct.toString(), "--db", db, "--format", "csv");
        assertEquals(2, csv.exit, csv::toString);
        assertTrue(csv.err.contains("ttl, nt, jsonld or trig"), csv::toString);
        Cli ttlRows = Cli.run("query", "../queries/articles.rq", "--db", db, "--format", "ttl");
        assertEquals(2, ttlRows.exit, ttlRows::toString);
    }

    @Test
    void severalQueriesRunInOneStartEachWithTheParametersItDeclares() {
        Cli one = Cli.run("query", "../queries/who-said.rq", "--db", db, "--param", "speaker=berger", "--format", "tsv");
        Cli both = Cli.run("query", "../queries/articles.rq", "../queries/who-said.rq", "../queries/quotes-mentioning.rq", "--db", db, "--param", "speaker=berger",
                "--param", "entity=thw", "--format", "tsv");
        assertEquals(0, both.exit, both::toString);
        String[] parts = both.out.split("(?m)^\\n?# ");
        assertEquals(List.of("", "articles", "who-said", "quotes-mentioning"),
                java.util.Arrays.stream(parts).map(p -> p.lines().findFirst().orElse("")).toList(), both::toString);
        assertEquals(one.out.strip(), parts[2].substring("who-said\n".length()).strip(), "the same rows as asked alone");
        assertTrue(parts[3].contains("\"unermüdliche THW\"\t\"Anna Berger\""), "found through the text index: " + both);

        Cli unknown = Cli.run("query", "../queries/articles.rq", "../queries/who-said.rq", "--db", db, "--param", "colour=red");
        assertEquals(2, unknown.exit, unknown::toString);
        assertTrue(unknown.err.contains("has a parameter 'colour'"), unknown::toString);
        Cli missing = Cli.run("query", "../queries/articles.rq", "../queries/timeline.rq", "--db", db);
        assertEquals(2, missing.exit, missing::toString);
        assertEquals("", missing.out, "nothing runs when one query lacks a required parameter");
    }

    @Test
    void onlyQueriesThatSearchTextNeedTheTextIndex() throws Exception {
        assertTrue(QueryRunner.searchesText(QueryFiles.load("../queries/quotes-mentioning.rq")));
        assertFalse(QueryRunner.searchesText(QueryFiles.load("../queries/articles.rq")));
        assertTrue(QueryRunner.searchesText(NamedQuery.parse("sub", "SELECT * { { SELECT ?q "
                + "{ ?q <http://jena.apache.org/text#query> 'Partner' } } }")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
