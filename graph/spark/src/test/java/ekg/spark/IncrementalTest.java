package ekg.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.graph.cli.Ekg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second run extracts only new and changed articles and reuses the kept results of the others;
 * removed articles disappear; the graph is the one a full rebuild of the same input gives.
 */
@ExtendWith(LocalSpark.class)
class IncrementalTest {
    @TempDir
    static Path tmp;

    @Test
    void onlyChangedArticlesAreExtractedAgain() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("eins.txt"), "Die Ministerin Petra Falkenau sagte am Montag in Hamburg:"
                + " „Wir werden das Gesetz im Herbst ändern.“\n");
        Files.writeString(in.resolve("zwei.txt"), "Der Bürgermeister Jonas Wendtland eröffnete am Dienstag in Bremen"
                + " die neue Brücke.\n");
        Files.writeString(in.resolve("drei.txt"), "Die Gewerkschaft kündigte in Köln einen Streik für Donnerstag an.\n");
        Path db = tmp.resolve("spark");
        String[] args = {"--master", "local[2]", in.toString(), "--db", db.toString(),
                "--work", tmp.resolve("work").toUri().toString(), "--max-drop", "0.5"};
        assertEquals(0, SparkBuild.run(args));

        Files.writeString(in.resolve("zwei.txt"), "Der Bürgermeister Jonas Wendtland eröffnete am Dienstag in Bremen"
                + " die neue Brücke. Er sprach von einem guten Tag für die Stadt.\n");
        Files.delete(in.resolve("drei.txt"));
        Files.writeString(in.resolve("vier.txt"), "Die Polizei sperrte am Freitag die Autobahn bei Kassel.\n");
        String log = stderrOf(() -> assertEquals(0, SparkBuild.run(args)));

        assertTrue(log.contains("2 articles extracted, 1 reused from the last run"), log);
        JsonNode articles = new ObjectMapper().readTree(db.resolve("rebuild-report.json").toFile()).get("articles");
        assertEquals(1, articles.get("added").asInt(), articles.toString());
        assertEquals(1, articles.get("changed").asInt(), articles.toString());
        assertEquals(1, articles.get("unchanged").asInt(), articles.toString());
        assertEquals(1, articles.get("removed").asInt(), articles.toString());
        assertEquals("drei", articles.get("removedIds").get(0).asText());
        assertEquals("vier", articles.get("addedIds").get(0).asText(), articles.toString());
        assertEquals("zwei", articles.get("changedIds").get(0).asText(), articles.toString());

        Path full = tmp.resolve("full");
        Ekg.commandLine().execute("rebuild", in.toString(), "--db", full.toString());
        assertEquals(SeedsSameGraphTest.quads(full), SeedsSameGraphTest.quads(db));
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        old.print(s);
        return s;
    }
}
