package ekg.graph.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real server on a loopback port, without a password file, asked over HTTP by real clients. */
class EndpointTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:ekg:p> ?o }";

    @TempDir
    static Path tmp;
    static EkgServer server;
    static String base;

    @BeforeAll
    static void start() {
        Path db = tmp.resolve("db");
        TestData.articles(db, 20, 50);
        server = EkgServer.builder(db).port(0).loopback(true).queryTimeout(Duration.ofSeconds(1)).maxRows(100).start();
        base = "http://localhost:" + server.port();
        // The first text query opens Lucene's index, which on a busy machine outlasts the 1 s timeout set
        // here to test cancellation; later text queries are the ones measured against it.
        Http.get(base + "/ekg/query?" + Http.query("PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query 'x' }"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() {
        try (RDFConnection conn = RDFConnection.connect(base + "/ekg")) {
            conn.querySelect(COUNT, row -> assertEquals(1000, row.getLiteral("n").getInt()));
        }
    }

    @Test
    void everyStandardResultFormatByContentNegotiation() {
        String q = Http.query(COUNT);
        String[][] formats = {{"application/sparql-results+json", "\"bindings\""},
                {"application/sparql-results+xml", "<sparql"}, {"text/csv", "n\r\n1000"},
                {"text/tab-separated-values", "?n\n1000"}};
        for (String[] f : formats) {
            HttpResponse<String> get = Http.get(base + "/ekg/query?" + q, "Accept", f[0]);
            assertEquals(200, get.statusCode(), f[0]);
            assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), get.headers()::toString);
            assertTrue(get.body().contains(f[1]), () -> f[0] + ": " + get.body());
            HttpResponse<String> post = Http.post(base + "/ekg/query", "application/sparql-query", COUNT, "Accept", f[0]);
            assertEquals(get.body(), post.body(), "GET and POST give the same " + f[0]);
        }
        String construct = "CONSTRUCT { ?s <urn:ekg:p> ?o } WHERE { ?s <urn:ekg:p> ?o } LIMIT 3";
        for (String type : new String[]{"text/turtle", "application/n-triples", "application/ld+json"}) {
            HttpResponse<String> r = Http.postForm(base + "/ekg/sparql", "query", construct, "Accept", type);
            assertEquals(200, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers()::toString);
        }
    }

    @Test
    void jenaClientsReadFromTheEndpoint() {
        Query q = QueryFactory.create("SELECT ?o WHERE { ?s <urn:ekg:p> ?o } ORDER BY ?o LIMIT 2");
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(base + "/ekg/query").query(q).build()) {
            ResultSet rs = qe.execSelect();
            List<String> values = new ArrayList<>();
            rs.forEachRemaining((QuerySolution s) -> values.add(s.getLiteral("o").getLexicalForm()));
            assertEquals(List.of("v0", "v0"), values);
        }
        try (RDFConnection conn = RDFConnection.connect(base + "/ekg")) {
            Model g = conn.fetch("https://ekg.dev/graph/article/a3");
            assertEquals(50, g.size(), "Graph Store Protocol read of one article graph");
        }
    }

    @Test
    void fullTextSearchWithGermanStemming() {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'Partnern' }";
        HttpResponse<String> r = Http.get(base + "/ekg/query?" + Http.query(q), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("https://ekg.dev/id/quote/a0#char=0,10"), r::body);
    }

    @Test
    void updatesAreRefused() {
        String update = "INSERT DATA { <urn:ekg:x> <urn:ekg:p> 'x' }";
        HttpResponse<String> named = Http.postForm(base + "/ekg/update", "update", update);
        HttpResponse<String> dataset = Http.post(base + "/ekg", "application/sparql-update", update);
        HttpResponse<String> put = Http.post(base + "/ekg/get?default", "text/turtle", "<urn:ekg:x> <urn:ekg:p> 'x' .");
        for (HttpResponse<String> r : List.of(named, dataset, put)) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, () -> r.uri() + " answered " + r.statusCode());
        }
        try (RDFConnection conn = RDFConnection.connect(base + "/ekg")) {
            assertThrows(RuntimeException.class, () -> conn.update(update));
            conn.querySelect(COUNT, row -> assertEquals(1000, row.getLiteral("n").getInt()));
        }
    }

    @Test
    void corsLetsBrowserToolsIn() {
        HttpResponse<String> get = Http.get(base + "/ekg/query?" + Http.query(COUNT), "Origin", "https://yasgui.example");
        assertEquals(200, get.statusCode());
        assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isPresent(), get.headers()::toString);
        HttpResponse<String> preflight = Http.method(base + "/ekg/query", "OPTIONS", "Origin", "https://yasgui.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                preflight.headers()::toString);
    }

    @Test
    void aRunawayQueryTimesOutAndTheServerGoesOn() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:ekg:p> ?b . ?c <urn:ekg:p> ?d . ?e <urn:ekg:p> ?f }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(base + "/ekg/query?" + Http.query(slow), "Accept", "text/csv");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(200, r.statusCode(), r::body);
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(ms < 15_000, "cancelled after the timeout, not run to its end: " + ms + " ms");
        assertEquals(200, Http.get(base + "/ekg/query?" + Http.query(COUNT)).statusCode());
    }

    @Test
    void largeResultsAreCut() {
        HttpResponse<String> r = Http.get(base + "/ekg/query?" + Http.query("SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(101, r.body().strip().split("\r\n").length, "a header line and 100 rows");
        assertEquals("100", r.headers().firstValue(CappedQuery.HEADER).orElse(""));
        HttpResponse<String> small = Http.get(base + "/ekg/query?" + Http.query("SELECT * WHERE { ?s ?p ?o } LIMIT 5"));
        assertTrue(small.headers().firstValue(CappedQuery.HEADER).isEmpty());
        HttpResponse<String> asked = Http.get(base + "/ekg/query?" + Http.query("SELECT * WHERE { ?s ?p ?o } LIMIT 150"), "Accept", "text/csv");
        assertEquals(101, asked.body().strip().split("\r\n").length, "a header line and 100 rows");
        assertEquals("100", asked.headers().firstValue(CappedQuery.HEADER).orElse(""));
    }

    @Test
    void theCapHeaderComesOnlyWhenRowsWereReallyCut() {
        String[] uncut = {COUNT, "SELECT * WHERE { ?s <urn:ekg:p> ?o } OFFSET 900",
                "CONSTRUCT { ?s <urn:ekg:q> ?o } WHERE { ?s <urn:ekg:p> ?o FILTER(?o = 'v1') }",
                "DESCRIBE ?q WHERE { ?q <http://schema.org/text> ?t }"};
        for (String q : uncut) {
            HttpResponse<String> r = Http.get(base + "/ekg/query?" + Http.query(q), "Accept", "text/csv, text/turtle");
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.headers().firstValue(CappedQuery.HEADER).isEmpty(), q + " was not cut: " + r.headers());
        }
        assertEquals(101, Http.get(base + "/ekg/query?" + Http.query(uncut[1]), "Accept", "text/csv").body().strip()
                .split("\r\n").length, "exactly the cap, all of them");
        HttpResponse<String> graph = Http.get(base + "/ekg/query?"
                + Http.query("CONSTRUCT { ?s <urn:ekg:q> ?o } WHERE { ?s <urn:ekg:p> ?o }"), "Accept", "application/n-triples");
        assertEquals(100, graph.body().lines().count(), "100 solutions of 1000, one triple each");
        assertEquals("100", graph.headers().firstValue(CappedQuery.HEADER).orElse(""));
    }

    @Test
    void pingAnswersAndAdminPathsDoNotExistWithoutAPasswordFile() {
        assertEquals(200, Http.get(base + "/$/ping").statusCode());
        for (String p : List.of("/$/server", "/$/datasets", "/$/stats")) {
            int code = Http.get(base + p).statusCode();
            assertTrue(code == 401 || code == 403 || code == 404, p + " answered " + code);
        }
    }

    @Test
    void curlGetsCsv() throws Exception {
        Process p = new ProcessBuilder("curl", "-s", "-H", "Accept: text/csv", "--data-urlencode", "query=" + COUNT,
                base + "/ekg/query").redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertEquals(0, p.waitFor());
        assertEquals("n\r\n1000\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
