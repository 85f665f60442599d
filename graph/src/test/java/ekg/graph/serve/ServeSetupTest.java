package ekg.graph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void withTheUiOnAndUpdatesOffItsTabsForAddingAndEditingDataAreHidden() throws Exception {
        Path db = tmp.resolve("db3");
        TestData.articles(db, 1, 2);
        Path passwd = TestData.passwords(Files.createDirectories(tmp.resolve("p3")));
        try (EkgServer server = EkgServer.builder(db).port(0).loopback(true).passwordFile(passwd).start()) {
            String base = "http://localhost:" + server.port();
            for (String page : List.of("/", "/index.html")) {
                HttpResponse<String> ui = Http.get(base + page);
                assertEquals(200, ui.statusCode());
                assertTrue(ui.body().contains(ReadOnlyUi.STYLE) && ui.body().contains("./static/index-"), ui::body);
            }
        }
        try (EkgServer server = EkgServer.builder(db).port(0).loopback(true).passwordFile(passwd).allowUpdates(true).start()) {
            HttpResponse<String> ui = Http.get("http://localhost:" + server.port() + "/");
            assertEquals(200, ui.statusCode());
            assertFalse(ui.body().contains(ReadOnlyUi.STYLE), "with updates on, every tab stays");
        }
        String bundle = uiScripts();
        for (String used : List.of("/upload`", "/edit`", "dataset-add-data")) {
            assertTrue(bundle.contains(used), "the UI's scripts no longer use " + used + ": mend ReadOnlyUi's selectors");
        }
    }

    /** Every script of the web UI on the class path, as one text. */
    private static String uiScripts() throws Exception {
        JarURLConnection page = (JarURLConnection) ServeSetupTest.class.getClassLoader().getResource(ReadOnlyUi.PAGE).openConnection();
        try (JarFile jar = new JarFile(Path.of(page.getJarFileURL().toURI()).toFile())) {
            StringBuilder all = new StringBuilder();
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (!e.getName().startsWith("webapp/static/") || !e.getName().endsWith(".js")) continue;
                try (InputStream in = jar.getInputStream(e)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return all.toString();
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
