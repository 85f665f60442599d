package ekg.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.graph.cli.Ekg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is reported per article, with the reasons {@code ekg rebuild} gives, and the rest is built into
 * the same graph: an empty file, a broken JSON line, an article too long to tokenize, an id read twice.
 */
@ExtendWith(LocalSpark.class)
class BadInputTest {
    @TempDir
    static Path tmp;

    @Test
    void failuresAreThoseOfTheRebuildAndTheRestIsTheSameGraph() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "Die Ministerin Petra Falkenau sagte am Montag in Hamburg:"
                + " „Wir werden das Gesetz im Herbst ändern.“ Die Opposition kritisierte den Plan scharf.\n");
        Files.writeString(in.resolve("b-empty.txt"), "");
        Files.writeString(in.resolve("c-long.txt"), "Ein Wort: " + "x".repeat(1500) + " und mehr Text.\n");
        Files.writeString(in.resolve("d-lines.jsonl"), """
                {"id": "zwei", "text": "Der Bürgermeister Jonas Wendtland eröffnete am Dienstag in Bremen die neue Brücke."}
                {"id": "kaputt", "text": 
                {"id": "drei", "text": "Die Gewerkschaft kündigte in Köln einen Streik für Donnerstag an."}
                """);
        Files.writeString(in.resolve("e-again.json"), "{\"id\": \"zwei\", \"text\": \"Noch einmal derselbe Bericht aus Bremen.\"}");
        String input = in.toString();

        Path rebuilt = tmp.resolve("rebuild");
        Path spark = tmp.resolve("spark");
        Ekg.commandLine().execute("rebuild", input, "--db", rebuilt.toString(), "--max-failures", "1");
        SparkBuild.run("--master", "local[2]", input, "--db", spark.toString(), "--max-failures", "1",
                "--work", tmp.resolve("work").toUri().toString());

        JsonNode expected = report(rebuilt);
        JsonNode actual = report(spark);
        assertEquals(4, expected.get("failures").size(), "four bad inputs: " + expected.get("failures"));
        assertEquals(failures(expected), failures(actual));
        assertEquals(expected.get("articles"), actual.get("articles"));
        assertEquals(expected.get("outcome").asText(), actual.get("outcome").asText());
        assertEquals(SeedsSameGraphTest.quads(rebuilt), SeedsSameGraphTest.quads(spark));
        assertTrue(actual.get("articles").get("stored").asInt() >= 3, "the good articles are stored");
    }

    private static JsonNode report(Path db) throws IOException {
        return new ObjectMapper().readTree(db.resolve("rebuild-report.json").toFile());
    }

    private static Set<String> failures(JsonNode report) {
        Set<String> out = new TreeSet<>();
        report.get("failures").forEach(f -> out.add(f.get("input").asText() + ": " + f.get("reason").asText()));
        return out;
    }
}
