package ekg.graph.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A client from outside the JVM, as linked-data users have it: Python's SPARQLWrapper and rdflib
 * (Debian's python3-sparqlwrapper and python3-rdflib; .ci/run installs them and requires this test to run).
 */
class PythonClientTest {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final String SCRIPT = String.join("\n",
            "import sys",
            "from SPARQLWrapper import SPARQLWrapper, JSON, TURTLE",
            "import rdflib",
            "s = SPARQLWrapper(sys.argv[1])",
            "s.setQuery('SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:ekg:p> ?o }')",
            "s.setReturnFormat(JSON)",
            "print('count', s.query().convert()['results']['bindings'][0]['n']['value'])",
            "s.setQuery('CONSTRUCT { ?s <urn:ekg:p> ?o } WHERE { ?s <urn:ekg:p> ?o }')",
            "s.setReturnFormat(TURTLE)",
            "g = rdflib.Graph().parse(data=s.query().convert(), format='turtle')",
            "print('triples', len(g))",
            "");

    @TempDir
    static Path tmp;
    static EkgServer server;

    @BeforeAll
    static void start() {
        Path db = tmp.resolve("db");
        TestData.articles(db, 3, 4);
        server = EkgServer.builder(db).port(0).loopback(true).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** Null when python3 imports both clients, else what to install. */
    static String missingClients() throws Exception {
        String install = "Python's SPARQL clients are missing, so the test of the endpoint from Python is skipped: "
                + "install them with 'apt-get install python3-sparqlwrapper python3-rdflib'";
        if (!Files.isExecutable(PYTHON)) return "no " + PYTHON + ". " + install;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import SPARQLWrapper, rdflib").redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : install;
    }

    @Test
    void sparqlWrapperAndRdflibReadTheEndpoint() throws Exception {
        String missing = missingClients();
        // CI sets EKG_REQUIRE_PYTHON_CLIENTS, so there the clients always run; elsewhere their absence skips this test.
        if (missing != null && System.getenv("EKG_REQUIRE_PYTHON_CLIENTS") != null) fail(missing);
        if (missing != null) System.err.println("PythonClientTest: " + missing);
        assumeTrue(missing == null, missing);
        Path script = Files.writeString(tmp.resolve("client.py"), SCRIPT);
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), "http://localhost:" + server.port() + "/ekg/query")
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python did not finish");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("count 12"), text);
        assertTrue(text.contains("triples 12"), text);
    }
}
