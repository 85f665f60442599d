package ekg.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.graph.cli.Ekg;
import ekg.graph.store.Generations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --kb} and {@code --on-error fail} do in the Spark build what they do in {@code ekg rebuild}. */
@ExtendWith(LocalSpark.class)
class RebuildOptionsTest {
    private static final String ARTICLE = "Der Vorsitzende des Ruderverbands, Quentin Mallberg, sagte am Montag in Kiel:"
            + " „Wir bauen im Sommer ein neues Bootshaus.“ Mallberg rechnet mit zwei Jahren Bauzeit.\n";

    @TempDir
    static Path tmp;

    @Test
    void ownKnowledgeBaseFileGivesTheRebuildsGraph() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("kb-in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Path kb = Files.writeString(tmp.resolve("own.jsonl"), "{\"key\":\"quentin-mallberg\",\"type\":\"PER\","
                + "\"name\":\"Quentin Mallberg\",\"aliases\":[\"Mallberg\"],\"source\":\"written for this test\"}\n");
        Path rebuilt = tmp.resolve("kb-rebuild");
        Path spark = tmp.resolve("kb-spark");
        assertEquals(0, Ekg.commandLine().execute("rebuild", in.toString(), "--db", rebuilt.toString(), "--kb", kb.toString()));
        assertEquals(0, SparkBuild.run("--master", "local[2]", in.toString(), "--db", spark.toString(),
                "--kb", kb.toString(), "--work", tmp.resolve("kb-work").toUri().toString()));
        Set<String> quads = SeedsSameGraphTest.quads(spark);
        assertTrue(quads.stream().anyMatch(q -> q.contains("quentin-mallberg") && q.contains("/graph/kb")),
                "the own entry is in the knowledge base graph");
        assertEquals(SeedsSameGraphTest.quads(rebuilt), quads);
    }

    @Test
    void onErrorFailEndsTheRunUnswitchedAsTheRebuildDoes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("fail-in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.writeString(in.resolve("b-empty.txt"), "");
        Path rebuilt = tmp.resolve("fail-rebuild");
        Path spark = tmp.resolve("fail-spark");
        int expected = Ekg.commandLine().execute("rebuild", in.toString(), "--db", rebuilt.toString(), "--on-error", "fail");
        int actual = SparkBuild.run("--master", "local[2]", in.toString(), "--db", spark.toString(), "--on-error", "fail",
                "--work", tmp.resolve("fail-work").toUri().toString());
        assertEquals(3, expected);
        assertEquals(expected, actual);
        JsonNode r = report(spark);
        assertEquals(report(rebuilt).get("outcome"), r.get("outcome"));
        assertEquals(report(rebuilt).get("message"), r.get("message"));
        assertTrue(r.get("message").asText().contains("b-empty.txt"), r.get("message").asText());
        assertFalse(Generations.at(spark).current().isPresent(), "nothing went live");

        int skipped = SparkBuild.run("--master", "local[2]", in.toString(), "--db", spark.toString(),
                "--max-failures", "1", "--work", tmp.resolve("fail-work").toUri().toString());
        assertEquals(1, skipped, "without --on-error fail the bad file is skipped and the rest goes live");
    }

    private static JsonNode report(Path db) throws IOException {
        return new ObjectMapper().readTree(db.resolve("rebuild-report.json").toFile());
    }
}
