package ekg.graph.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.graph.rdf.Vocab;
import ekg.graph.store.EkgStore;
import ekg.graph.store.Generations;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static ekg.graph.rebuild.Inputs.articles;
import static ekg.graph.rebuild.Inputs.ekg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nightly job with real models on the seed articles: incremental runs, thresholds, rollback, report. */
class RebuildTest {

    static JsonNode report(Path db) throws IOException {
        return new ObjectMapper().readTree(db.resolve("rebuild-report.json").toFile());
    }

    static List<String> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void anIncrementalRunExtractsOnlyWhatChangedAndRollsBack(@TempDir Path tmp) throws IOException {
        Path in = Inputs.seeds(tmp.resolve("in"), 0, 1, 2);
        Path db = tmp.resolve("db");
        assertEquals(0, ekg("rebuild", in.toString(), "--db", db.toString()));
        Set<String> first = articles(db);
        List<Path> files = Inputs.seedFiles();
        Files.writeString(in.resolve(files.get(1).getFileName()), Files.readString(files.get(1)) + "\nNachtrag.\n",
                StandardCharsets.UTF_8);
        Files.delete(in.resolve(files.get(2).getFileName()));
        Inputs.seeds(in, 3, 4);

        assertEquals(0, ekg("rebuild", in.toString(), "--db", db.toString(), "--max-drop", "0.5"));
        JsonNode r = report(db);
        assertEquals("SWITCHED", r.get("outcome").asText());
        assertEquals(List.of("003_870ea9e299acfdb1", "004_466bcd8ef23bab50"), ids(r.at("/articles/addedIds")));
        assertEquals(List.of("001_a4d103c2493e7a8e"), ids(r.at("/articles/changedIds")));
        assertEquals(List.of("002_d4a9078f24f80362"), ids(r.at("/articles/removedIds")));
        assertEquals(1, r.at("/articles/unchanged").asInt(), "000 is copied, not extracted");
        assertEquals(4, r.at("/articles/stored").asInt());
        assertTrue(r.at("/triples/articles").asLong() > 0 && r.at("/timings/totalMs").asLong() > 0, r::toString);
        assertEquals(r.at("/triples/articles").asLong() + r.at("/triples/shared").asLong(), r.at("/triples/inStore").asLong());
        assertEquals(Set.of("000_a5c48a036b68ea7d", "001_a4d103c2493e7a8e", "003_870ea9e299acfdb1", "004_466bcd8ef23bab50"),
                articles(db));
        assertTrue(textSearchFinds(db, "Sicherheit"), "the text index of the new generation holds copied and new quotes");

        Generations gens = Generations.at(db);
        assertEquals(Optional.of("gen-000002"), gens.current());
        assertEquals(Optional.of("gen-000001"), gens.previous());
        assertEquals(0, ekg("rollback", "--db", db.toString()));
        assertEquals(first, articles(db));
    }

    @Test
    void aDropBeyondTheThresholdIsNotSwitched(@TempDir Path tmp) throws IOException {
        Path db = tmp.resolve("db");
        assertEquals(0, ekg("rebuild", Inputs.seeds(tmp.resolve("all"), 0, 1, 2, 3, 4).toString(), "--db", db.toString()));
        assertEquals(4, ekg("rebuild", Inputs.seeds(tmp.resolve("one"), 0).toString(), "--db", db.toString()));
        assertEquals("INVALID", report(db).get("outcome").asText());
        assertFalse(report(db).get("switched").asBoolean());
        assertEquals(Optional.of("gen-000001"), Generations.at(db).current());
        assertEquals(5, articles(db).size());
        try (var files = Files.list(db)) {
            assertEquals(List.of("gen-000002.report.json"), files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("gen-000002")).toList(), "the rejected generation is deleted, its report left");
        }
        assertEquals("INVALID", new ObjectMapper().readTree(db.resolve("gen-000002.report.json").toFile()).get("outcome").asText());
        JsonNode r = report(db);
        assertTrue(r.get("message").asText().contains("gen-000002 deleted"), r::toString);
    }

    @Test
    void badInputIsSkippedAndTooMuchOfItFailsTheRun(@TempDir Path tmp) throws IOException {
        Path in = Inputs.seeds(tmp.resolve("in"), 0, 1);
        Files.write(in.resolve("binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0});
        Files.writeString(in.resolve("empty.txt"), "");
        Path db = tmp.resolve("db");
        assertEquals(5, ekg("rebuild", in.toString(), "--db", db.toString()));
        assertEquals(Optional.empty(), Generations.at(db).current(), "nothing went live");
        assertEquals(2, report(db).at("/failures").size());

        assertEquals(1, ekg("rebuild", in.toString(), "--db", db.toString(), "--max-failures", "0.6"));
        JsonNode r = report(db);
        assertEquals("SWITCHED_WITH_FAILURES", r.get("outcome").asText());
        assertEquals(Optional.of("gen-000002"), Generations.at(db).current(), "the rejected generation's number is not used again");
        assertTrue(r.at("/failures/0/input").asText().endsWith("binary.txt"), r::toString);
        assertFalse(r.at("/failures/0/reason").asText().isBlank(), r::toString);
        assertEquals(2, articles(db).size());
    }

    @Test
    void aSecondRebuildWhileOneRunsDoesNothingAndKeepsTheLastRealReport(@TempDir Path tmp) throws IOException {
        Path db = Files.createDirectories(tmp.resolve("db"));
        String last = "{\"outcome\": \"SWITCHED\"}\n";
        Files.writeString(db.resolve("rebuild-report.json"), last);
        try (RebuildLock held = RebuildLock.tryAcquire(db).orElseThrow()) {
            assertEquals(6, ekg("rebuild", Inputs.seeds(tmp.resolve("in"), 0).toString(), "--db", db.toString()));
            assertEquals(6, ekg("rollback", "--db", db.toString()));
        }
        assertEquals(last, Files.readString(db.resolve("rebuild-report.json")));
        List<Path> own = ownReports(db);
        assertEquals(1, own.size(), own::toString);
        assertEquals("BUSY", new ObjectMapper().readTree(own.get(0).toFile()).get("outcome").asText());
    }

    @Test
    void unchangedArticlesAreCopiedWhereverTheirFilesMovedAndAFullRunSaysItReextracted(@TempDir Path tmp) throws IOException {
        // A knowledge base file of one's own is loaded afresh by every run, as in separate processes.
        Path kb = Files.writeString(tmp.resolve("kb.jsonl"),
                "{\"key\":\"quaxland\",\"type\":\"LOC\",\"name\":\"Quaxland\",\"source\":\"test\"}\n");
        Path db = tmp.resolve("db");
        Path in = Inputs.seeds(tmp.resolve("in"), 0, 1);
        assertEquals(0, ekg("rebuild", in.toString(), "--db", db.toString(), "--kb", kb.toString()));
        Path archive = Files.move(in, tmp.resolve("archive"));
        assertEquals(0, ekg("rebuild", archive.toString(), "--db", db.toString(), "--kb", kb.toString()));
        JsonNode r = report(db);
        assertEquals(0, r.at("/articles/changed").asInt(), r::toString);
        assertEquals(0, r.at("/articles/reextracted").asInt(), r::toString);
        assertEquals(2, r.at("/articles/unchanged").asInt(), r::toString);
        assertEquals(List.of("000_a5c48a036b68ea7d", "001_a4d103c2493e7a8e"), ids(r.at("/articles/movedIds")));
        List<String> sources = sourceFiles(db);
        assertEquals(2, sources.size(), sources::toString);
        assertTrue(sources.stream().allMatch(f -> f.startsWith(archive.toString())), sources::toString);

        assertEquals(0, ekg("rebuild", archive.toString(), "--db", db.toString(), "--kb", kb.toString(), "--full"));
        r = report(db);
        assertEquals(0, r.at("/articles/changed").asInt(), r::toString);
        assertEquals(2, r.at("/articles/reextracted").asInt(), r::toString);
        assertEquals(0, r.at("/articles/moved").asInt(), r::toString);
        assertEquals(3, ownReports(db).size(), "each run keeps its own report");
    }

    private static List<Path> ownReports(Path db) throws IOException {
        try (var files = Files.list(db.resolve("reports"))) {
            return files.filter(f -> f.getFileName().toString().matches("rebuild-report-\\d{8}T\\d{6}\\.\\d{3}Z(-\\d+)?\\.json"))
                    .sorted().toList();
        }
    }

    private static List<String> sourceFiles(Path db) {
        try (EkgStore store = EkgStore.open(db)) {
            String q = "SELECT ?f WHERE { GRAPH ?g { ?a <" + Vocab.Ekg.SOURCE_FILE.getURI() + "> ?f } }";
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(row -> out.add(row.getLiteral("f").getString()));
                    return out;
                }
            });
        }
    }

    private static boolean textSearchFinds(Path db, String word) {
        try (EkgStore store = EkgStore.open(db)) {
            String q = "PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query '" + word + "' }";
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                    return qe.execAsk();
                }
            });
        }
    }
}
