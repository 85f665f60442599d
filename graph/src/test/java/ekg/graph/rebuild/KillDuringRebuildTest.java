package ekg.graph.rebuild;

import ekg.graph.serve.EkgServer;
import ekg.graph.store.Generations;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static ekg.graph.rebuild.Inputs.ekg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of a rebuild, in a real child JVM: the live generation and the server on it
 * carry on untouched, and the next rebuild cleans up and succeeds.
 */
class KillDuringRebuildTest {
    static final String COUNT = "PREFIX schema: <http://schema.org/> SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }";

    @Test
    void aKilledRebuildLeavesTheLiveDatasetAndTheNextRunSucceeds(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, ekg("rebuild", Inputs.seeds(tmp.resolve("three"), 0, 1, 2).toString(), "--db", db.toString()));
        Path many = Inputs.copies(tmp.resolve("many"), 40);
        Generations gens = Generations.at(db);
        try (EkgServer server = EkgServer.builder(db).port(0).loopback(true).poll(Duration.ofMillis(200)).start()) {
            String url = "http://localhost:" + server.port() + "/ekg/query";
            assertEquals(3, count(url));

            Process child = startRebuild(many, db);
            assertTrue(awaitLine(child, "building gen-000002"), "the child started building");
            Thread.sleep(2000);
            assertTrue(child.isAlive(), "the child is still at work when killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            assertEquals(Optional.of("gen-000001"), gens.current(), "the pointer still names the live generation");
            assertTrue(Files.isDirectory(db.resolve("gen-000002")), "the killed run left its half-built generation");
            assertEquals(3, count(url), "the server answers from the live generation as before");

            assertEquals(0, ekg("rebuild", many.toString(), "--db", db.toString()));
            assertEquals(Optional.of("gen-000003"), gens.current());
            assertFalse(Files.exists(db.resolve("gen-000002")), "the leftover is gone");
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (count(url) != 40 && System.nanoTime() < end) Thread.sleep(100);
            assertEquals(40, count(url), "the server switched to the new generation");
        }
    }

    private static Process startRebuild(Path in, Path db) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "ekg.graph.cli.Ekg",
                "rebuild", in.toString(), "--db", db.toString(), "--threads", "1");
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output on a thread until {@code text} appears; false when it ends or a minute passes first. */
    private static boolean awaitLine(Process p, String text) throws InterruptedException {
        CountDownLatch seen = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    System.err.println("child: " + line);
                    if (line.contains(text)) seen.countDown();
                }
            } catch (java.io.IOException e) {
                // the child was killed: its output ends here
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return seen.await(60, TimeUnit.SECONDS);
    }

    private static int count(String url) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(COUNT).build()) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }
}
