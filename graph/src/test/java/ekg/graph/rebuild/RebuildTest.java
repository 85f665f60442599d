package ekg.graph.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        assertTrue(r.at("/triples/total").asLong() > 0 && r.at("/timings/totalMs").asLong() > 0, r::toString);
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
        assertTrue(r.at("/failures/0/input").asText().endsWith("binary.txt"), r::toString);
        assertFalse(r.at("/failures/0/reason").asText().isBlank(), r::toString);
        assertEquals(2, articles(db).size());
    }

    @Test
    void aSecondRebuildWhileOneRunsDoesNothing(@TempDir Path tmp) throws IOException {
        Path db = Files.createDirectories(tmp.resolve("db"));
        try (RebuildLock held = RebuildLock.tryAcquire(db).orElseThrow()) {
            assertEquals(6, ekg("rebuild", Inputs.seeds(tmp.resolve("in"), 0).toString(), "--db", db.toString()));
            assertEquals(6, ekg("rollback", "--db", db.toString()));
        }
        assertEquals("BUSY", report(db).get("outcome").asText());
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
