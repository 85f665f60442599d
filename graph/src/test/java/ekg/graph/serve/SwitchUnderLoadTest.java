package ekg.graph.serve;

import ekg.graph.cli.Ekg;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queries run without pause while a real rebuild goes live and is rolled back: none fails, none sees a mix. */
class SwitchUnderLoadTest {
    static final String SHAPE = "PREFIX schema: <http://schema.org/> SELECT (COUNT(DISTINCT ?a) AS ?articles)"
            + " (COUNT(DISTINCT ?q) AS ?quotes) WHERE { { ?a a schema:NewsArticle } UNION { ?q a schema:Quotation } }";

    @Test
    void everyQueryDuringTheSwitchSucceedsOnExactlyOneDataset(@TempDir Path tmp) throws Exception {
        Path three = TestData.seeds(tmp.resolve("three"), 3);
        Path five = TestData.seeds(tmp.resolve("five"), 5);
        Path db = tmp.resolve("db");
        assertEquals(0, Ekg.commandLine().execute("rebuild", three.toString(), "--db", db.toString()));
        try (EkgServer server = EkgServer.builder(db).port(0).loopback(true).poll(Duration.ofMillis(200))
                .grace(Duration.ofMillis(500)).start()) {
            String url = "http://localhost:" + server.port() + "/ekg/query";
            String gen1 = server.generation();
            String before = ask(url);
            Load load = new Load(url, 3);
            load.start();
            assertEquals(0, Ekg.commandLine().execute("rebuild", five.toString(), "--db", db.toString()));
            await(() -> !server.generation().equals(gen1));
            Thread.sleep(1500);
            String after = ask(url);
            assertEquals(0, Ekg.commandLine().execute("rollback", "--db", db.toString()));
            await(() -> server.generation().equals(gen1));
            Thread.sleep(1500);
            load.stop();

            assertNotEquals(before, after);
            assertTrue(before.startsWith("3 "), before);
            assertTrue(after.startsWith("5 "), after);
            assertEquals(List.of(), load.failures, "no query failed during the switches");
            assertTrue(load.results.size() > 20, "queries ran throughout: " + load.results.size());
            assertEquals(Set.of(before, after), Set.copyOf(load.results), "each result comes from one dataset");
            assertEquals(before, ask(url), "rolled back");
        }
    }

    static String ask(String url) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url).query(SHAPE).build()) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral("articles").getInt() + " " + row.getLiteral("quotes").getInt();
        }
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("the server did not switch within 20 s");
            Thread.sleep(50);
        }
    }

    /** Threads that query without pause, bounded by {@link #stop()}, recording every result and failure. */
    static final class Load {
        final List<String> results = Collections.synchronizedList(new ArrayList<>());
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Load(String url, int n) {
            for (int i = 0; i < n; i++) {
                threads.add(new Thread(() -> {
                    for (int k = 0; k < 100_000 && running.get(); k++) {
                        try {
                            results.add(ask(url));
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                }, "query-load-" + i));
            }
        }

        void start() {
            threads.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) t.join();
        }
    }
}
