package ekg.graph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator meets when starting the real server: its front page, and a password file that names no user. */
class ServeSetupTest {
    @TempDir
    static Path tmp;

    @Test
    void withoutTheUiTheFrontPageSaysWhereSparqlIs() {
        Path db = tmp.resolve("db");
        TestData.articles(db, 1, 2);
        try (EkgServer server = EkgServer.builder(db).port(0).loopback(true).start()) {
            String base = "http://localhost:" + server.port();
            HttpResponse<String> front = Http.get(base + "/");
            assertEquals(200, front.statusCode());
            assertTrue(front.body().contains("/ekg/query") && front.body().contains("--passwd"), front.body());
            assertEquals(404, Http.get(base + "/no-such-page").statusCode());
            assertEquals(200, Http.get(base + "/ekg/query?" + Http.query(EndpointTest.COUNT)).statusCode());
            HttpResponse<String> union = Http.get(base + "/ekg/get?default", "Accept", "application/n-triples");
            assertEquals(200, union.statusCode());
            assertEquals(2, union.body().lines().filter(l -> l.contains("<urn:ekg:p>")).count(), union.body());
        }
    }

    @Test
    void aPasswordFileWithoutAUserLineIsRefused() throws Exception {
        Path db = tmp.resolve("db2");
        TestData.articles(db, 1, 2);
        Path passwd = Files.writeString(tmp.resolve("passwd"), "# nobody yet\n\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EkgServer.builder(db).port(0).loopback(true).passwordFile(passwd).start());
        assertTrue(e.getMessage().contains("no 'user: password' line"), e.getMessage());
    }
}
