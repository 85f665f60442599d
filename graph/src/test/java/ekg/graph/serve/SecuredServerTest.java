package ekg.graph.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server with a password file: web UI and admin paths behind a login, updates for logged-in users only. */
class SecuredServerTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:ekg:p> ?o }";

    @TempDir
    static Path tmp;
    static Path db;
    static EkgServer server;
    static String base;
    static String login;
    static Set<String> workingDirBefore;

    @BeforeAll
    static void start() throws IOException {
        workingDirBefore = workingDir();
        db = tmp.resolve("db");
        TestData.articles(db, 2, 3);
        server = EkgServer.builder(db).port(0).loopback(true).passwordFile(TestData.passwords(tmp))
                .allowUpdates(true).start();
        base = "http://localhost:" + server.port();
        login = Http.basic("analyst", "s3cret");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void noAdminPathAnswersWithoutCredentials() {
        for (String p : List.of("/$/server", "/$/datasets", "/$/stats", "/$/datasets/ekg", "/$/stats/ekg")) {
            int code = Http.get(base + p).statusCode();
            assertTrue(code == 401 || code == 403, p + " answered " + code + " without credentials");
            assertEquals(401, Http.get(base + p, "Authorization", Http.basic("analyst", "wrong")).statusCode(), p);
        }
        int delete = Http.method(base + "/$/datasets/ekg", "DELETE").statusCode();
        assertTrue(delete == 401 || delete == 403, "DELETE answered " + delete);
    }

    @Test
    void theUiAndItsAdminPathsWorkWithCredentials() {
        HttpResponse<String> status = Http.get(base + "/$/server", "Authorization", login);
        assertEquals(200, status.statusCode(), status::body);
        assertTrue(status.body().contains("/ekg"), status::body);
        assertEquals(200, Http.get(base + "/$/stats", "Authorization", login).statusCode());
        HttpResponse<String> ui = Http.get(base + "/index.html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), ui::body);
    }

    @Test
    void pingAndQueriesNeedNoCredentials() {
        assertEquals(200, Http.get(base + "/$/ping").statusCode());
        HttpResponse<String> q = Http.get(base + "/ekg/query?" + Http.query(COUNT), "Accept", "text/csv");
        assertEquals(200, q.statusCode());
    }

    @Test
    void anUpdateWithoutCredentialsIsRefusedAndWithThemApplied() {
        String update = "INSERT DATA { GRAPH <urn:ekg:notes> { <urn:ekg:x> <urn:ekg:p> 'note' } }";
        HttpResponse<String> anonymous = Http.postForm(base + "/ekg/update", "update", update);
        assertEquals(401, anonymous.statusCode(), anonymous::body);
        HttpResponse<String> wrong = Http.postForm(base + "/ekg/update", "update", update,
                "Authorization", Http.basic("analyst", "nope"));
        assertEquals(401, wrong.statusCode());
        assertEquals("n\r\n6\r\n", Http.get(base + "/ekg/query?" + Http.query(COUNT), "Accept", "text/csv").body());
        HttpResponse<String> ok = Http.postForm(base + "/ekg/update", "update", update, "Authorization", login);
        assertEquals(200, ok.statusCode(), ok::body);
        assertEquals("n\r\n7\r\n", Http.get(base + "/ekg/query?" + Http.query(COUNT), "Accept", "text/csv").body());
    }

    @Test
    void nothingIsWrittenIntoTheWorkingDirectory() throws IOException {
        assertEquals(workingDirBefore, workingDir(), "Fuseki's admin area must not appear in the working directory");
        assertTrue(Files.isDirectory(db.resolve("fuseki")), "it lives beside the generations instead");
    }

    private static Set<String> workingDir() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("").toAbsolutePath())) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }
}
