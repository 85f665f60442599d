package ekg.spark;

import ekg.graph.store.EkgStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jena's xloader, its phased and its sequential loader give the same dataset from the same shards, text index included. */
@ExtendWith(LocalSpark.class)
class XLoaderTest {
    private static final String SEEDS = "../../seeds";

    @TempDir
    static Path tmp;

    @Test
    void everyLoaderGivesTheSameQuadsAndTextIndex() {
        Path phased = tmp.resolve("phased");
        Path xloaded = tmp.resolve("xloader");
        assertEquals(0, SparkBuild.run("--master", "local[2]", SEEDS, "--db", phased.toString(), "--loader", "phased",
                "--work", tmp.resolve("work-phased").toUri().toString()));
        String log = stderrOf(() -> assertEquals(0, SparkBuild.run("--master", "local[2]", SEEDS, "--db", xloaded.toString(),
                "--loader", "xloader", "--work", tmp.resolve("work-xloader").toUri().toString())));
        assertTrue(log.contains("with Jena's xloader"), log);

        Set<String> quads = SeedsSameGraphTest.quads(xloaded);
        assertTrue(quads.size() > 1000, "the seeds' quads: " + quads.size());
        assertEquals(SeedsSameGraphTest.quads(phased), quads);
        Set<String> found = textHits(xloaded, "unterstützen");
        assertFalse(found.isEmpty(), "the text index of the xloaded generation finds the seeds' quotes");
        assertEquals(textHits(phased, "unterstützen"), found);
        assertEquals(textHits(phased, "Feind"), textHits(xloaded, "Feind"));

        Path sequential = tmp.resolve("sequential");
        log = stderrOf(() -> assertEquals(0, SparkBuild.run("--master", "local[2]", SEEDS, "--db", sequential.toString(),
                "--loader", "sequential", "--work", tmp.resolve("work-sequential").toUri().toString())));
        assertTrue(log.contains("with Jena's sequential loader"), log);
        assertEquals(SeedsSameGraphTest.quads(phased), SeedsSameGraphTest.quads(sequential));
        assertEquals(textHits(phased, "unterstützen"), textHits(sequential, "unterstützen"));
    }

    private static Set<String> textHits(Path db, String word) {
        try (EkgStore store = EkgStore.open(db)) {
            return Txn.calculateRead(store.datasetGraph(), () -> {
                Set<String> out = new TreeSet<>();
                String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '" + word + "' }";
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.get("s").toString()));
                }
                return out;
            });
        }
    }

    private static String stderrOf(Runnable r) {
        PrintStream before = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            r.run();
        } finally {
            System.setErr(before);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
