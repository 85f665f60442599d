package ekg.graph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[]{"build", "query", "extract"}) {
            Cli c = Cli.run(cmd, "--help");
            assertEquals(0, c.exit, c::toString);
            assertTrue(c.out.contains("Usage: ekg " + cmd), c::toString);
        }
        Cli top = Cli.run("--help");
        assertEquals(0, top.exit, top::toString);
        assertTrue(top.out.contains("build") && top.out.contains("query") && top.out.contains("extract"), top::toString);
    }

    @Test
    void anUnknownQueryNameIsAUsageErrorListingTheKnownOnes(@TempDir Path dir) {
        Cli c = Cli.run("query", "no-such-query", "--db", dir.toString());
        assertEquals(2, c.exit, c::toString);
        assertTrue(c.err.contains("no query 'no-such-query'"), c::toString);
    }

    @Test
    void queryingAMissingDatasetSaysHowToBuildOne(@TempDir Path dir) {
        Cli c = Cli.run("query", "../queries/who-said.rq", "--db", dir.resolve("none").toString());
        assertEquals(2, c.exit, c::toString);
        assertTrue(c.err.contains("ekg build"), c::toString);
    }

    @Test
    void aBadArticleIsReportedAndTheRestOfTheBatchIsStored(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Die Ministerin Anna Berger sagte am Montag in Wien: „Wir bleiben.“",
                StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0});
        Files.writeString(in.resolve("broken.jsonl"), "{\"text\": \"Ein Text.\"}\n{nicht json\n", StandardCharsets.UTF_8);
        Cli c = Cli.run("build", in.toString(), "--db", dir.resolve("db").toString());
        assertEquals(1, c.exit, c::toString);
        assertTrue(c.err.contains("binary.txt"), c::toString);
        assertTrue(c.err.contains("broken.jsonl:2"), c::toString);
        assertTrue(c.err.contains("4 read, 2 stored, 2 failed"), c::toString);
        long inStore = inStore(c);

        Cli again = Cli.run("build", in.toString(), "--db", dir.resolve("db").toString());
        assertEquals(inStore, inStore(again), "built again, the store holds what it held, shared graphs counted once");
        Cli rebuild = Cli.run("rebuild", in.toString(), "--db", dir.resolve("db2").toString(), "--max-failures", "0.6");
        assertEquals(1, rebuild.exit, rebuild::toString);
        JsonNode r = new ObjectMapper().readTree(dir.resolve("db2/rebuild-report.json").toFile());
        assertEquals(List.of(4L, 2L, 2L), List.of(r.at("/articles/read").asLong(), r.at("/articles/stored").asLong(),
                r.at("/articles/failed").asLong()), "counted as the build counts them");
        assertEquals(inStore, r.at("/triples/inStore").asLong(), "triples in store, shared graphs included, as the build counts them");
    }

    private static long inStore(Cli c) {
        Matcher m = Pattern.compile("(\\d+) in store").matcher(c.err);
        assertTrue(m.find(), c::toString);
        return Long.parseLong(m.group(1));
    }

    @Test
    void badNumbersFailBeforeModelsLoadOrAFolderIsMade(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Ein Satz.", StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        String[][] runs = {{"build", in.toString(), "--db", db.toString(), "--threads", "0"},
                {"build", in.toString(), "--db", db.toString(), "--max-bytes", "-5"},
                {"rebuild", in.toString(), "--db", db.toString(), "--threads", "-1"},
                {"extract", in.toString(), "--max-bytes", "0"}};
        for (String[] args : runs) {
            Cli c = Cli.run(args);
            assertEquals(2, c.exit, c::toString);
            assertTrue(c.err.contains("must be at least 1"), c::toString);
            assertFalse(c.err.contains("loading models"), c::toString);
            assertFalse(Files.exists(db), "no dataset folder: " + c);
        }
    }

    @Test
    void aLineWithoutSpacesIsRefusedByNameAndTheBatchFinishes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "Die Ministerin Anna Berger sagte am Montag in Wien: „Wir bleiben.“",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b-blob.txt"), "Anfang " + "x".repeat(2_000_000) + " Ende.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c-good.txt"), "Der Minister Jonas Weber sagte: „Wir gehen.“", StandardCharsets.UTF_8);
        Cli skip = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> Cli.run("build", in.toString(), "--db", dir.resolve("db").toString()));
        assertEquals(1, skip.exit, skip::toString);
        assertTrue(skip.err.contains("b-blob.txt: a run of 2000000 characters without a space"), skip::toString);
        assertTrue(skip.err.contains("2 stored, 1 failed"), skip::toString);
        Cli fail = Cli.run("build", in.toString(), "--db", dir.resolve("db2").toString(), "--on-error", "fail", "--threads", "1");
        assertEquals(3, fail.exit, fail::toString);
        assertTrue(fail.err.contains("stopped at the first failure") && fail.err.contains("b-blob.txt"), fail::toString);
    }

    @Test
    void aMissingInputIsAUsageError(@TempDir Path dir) {
        Cli c = Cli.run("build", dir.resolve("nothing-here").toString(), "--db", dir.resolve("db").toString());
        assertEquals(2, c.exit, c::toString);
        assertTrue(c.err.contains("nothing-here"), c::toString);
    }

    @Test
    void aUsersKnowledgeBaseFileGivesItsEntriesTheirIdentity(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Die Ministerin Maria Quellenberg reiste am Montag nach Wien. "
                + "Dort sprach Quellenberg mit Journalisten von Zwirbelquast.", StandardCharsets.UTF_8);
        Path kb = dir.resolve("mine.jsonl");
        Files.writeString(kb, "{\"key\":\"maria-quellenberg\",\"type\":\"PER\",\"name\":\"Maria Quellenberg\","
                + "\"wikidata\":\"Q4242424242\"}\n"
                + "{\"key\":\"zwirbelquast\",\"type\":\"ORG\",\"name\":\"Zwirbelquast\"}\n", StandardCharsets.UTF_8);
        String db = dir.resolve("db").toString();
        Cli build = Cli.run("build", in.toString(), "--db", db, "--kb", kb.toString());
        assertEquals(0, build.exit, build::toString);
        Path q = dir.resolve("same-as.rq");
        Files.writeString(q, "SELECT ?wd WHERE { <https://ekg.dev/id/entity/maria-quellenberg> owl:sameAs ?wd }",
                StandardCharsets.UTF_8);
        Cli query = Cli.run("query", q.toString(), "--db", db, "--format", "tsv");
        assertTrue(query.out.contains("<http://www.wikidata.org/entity/Q4242424242>"), query::toString);
        Path org = dir.resolve("org.rq");
        Files.writeString(org, "ASK { <https://ekg.dev/id/entity/zwirbelquast> a schema:Organization }", StandardCharsets.UTF_8);
        Cli found = Cli.run("query", org.toString(), "--db", db);
        assertEquals("yes", found.out.strip(), () -> "the user's entry reaches the gazetteer: " + found);

        Cli missing = Cli.run("build", in.toString(), "--db", db, "--kb", dir.resolve("none.jsonl").toString());
        assertEquals(2, missing.exit, missing::toString);
        assertTrue(missing.err.contains("none.jsonl"), missing::toString);
    }
}
