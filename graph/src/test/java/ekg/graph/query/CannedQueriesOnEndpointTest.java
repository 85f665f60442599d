package ekg.graph.query;

import ekg.graph.link.Pages;
import ekg.graph.serve.EkgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The canned queries are standard SPARQL files: sent as they are to the real endpoint over HTTP, each
 * gives its default result; with its parameters written into the file's VALUES row as text, as any
 * client can do, it gives the result of every other expected case too.
 */
class CannedQueriesOnEndpointTest {
    private static final Pattern VALUES = Pattern.compile("VALUES \\(([^)]*)\\) \\{ \\(([^)]*)\\) }");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path db;
    static EkgServer server;

    @BeforeAll
    static void start() {
        QueryFixture.open(db, Pages.SIZE).close();
        server = EkgServer.builder(db).port(0).loopback(true).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExpectedResultThroughTheEndpoint() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QueryFixture.QUERIES.resolve("tests"))) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        return files.stream().map(f -> dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws Exception {
        ExpectedResult expected = ExpectedResult.read(file);
        String text = Files.readString(QueryFixture.QUERIES.resolve(expected.query() + ".rq"), StandardCharsets.UTF_8);
        String sent = expected.params().isEmpty() ? text : withValues(text, expected.params());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/ekg/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(sent)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), () -> file.getFileName() + ": " + r.body());
        boolean ordered = text.contains("\nORDER BY");
        List<String> got = ExpectedResult.normalize(r.body());
        assertEquals(String.join("\n", ordered ? expected.lines() : ExpectedResult.sortedRows(expected.lines())),
                String.join("\n", ordered ? got : ExpectedResult.sortedRows(got)), file.getFileName().toString());
    }

    /** The file with its VALUES row rewritten: a literal (quotes escaped) or an IRI written as {@code <...>}. */
    static String withValues(String text, Map<String, String> params) {
        Matcher m = VALUES.matcher(text);
        assertTrue(m.find(), "no VALUES row in the query");
        String[] vars = m.group(1).trim().split("\\s+");
        List<String> row = new ArrayList<>(List.of(m.group(2).trim().split("\\s+(?=\")")));
        for (int i = 0; i < vars.length; i++) {
            String v = params.get(vars[i].substring(1));
            if (v == null) continue;
            row.set(i, v.startsWith("<") && v.endsWith(">") ? v : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return text.substring(0, m.start()) + "VALUES (" + m.group(1) + ") { (" + String.join(" ", row) + ") }"
                + text.substring(m.end());
    }
}
