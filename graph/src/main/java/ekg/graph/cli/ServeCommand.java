package ekg.graph.cli;

import ekg.graph.serve.EkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ekg serve}: the SPARQL endpoint over the live generation, switching when a rebuild goes live. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dataset with Fuseki at /ekg: SPARQL query by GET and POST, every",
                "standard result format by content negotiation, the Graph Store Protocol",
                "read-only, full-text search (text:query), CORS, a query timeout and a result",
                "cap; /$/ping for monitoring. The default graph is the union of all article",
                "graphs. Follows 'ekg rebuild' and 'ekg rollback' to the new live generation",
                "within a second, without a failed query. With --passwd: Fuseki's web UI and",
                "admin paths, behind a login; with --allow-updates too: SPARQL Update at",
                "/ekg/update, behind a login. Stop with Ctrl-C."},
        footer = {"", "Examples:", "  ekg serve --db data/ekg --port 3030",
                "  curl -H 'Accept: text/csv' http://localhost:3030/ekg/query \\",
                "       --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'",
                "  ekg serve --passwd passwd.txt    # one 'user: password' a line"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/ekg",
            description = "The dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file (Fuseki's format: 'user: password' a line); turns on the web UI and admin paths, behind a login.")
    Path passwd;

    @Option(names = "--allow-updates", description = "Allow SPARQL Update at /ekg/update for the users of --passwd (lost at the next rebuild).")
    boolean updates;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a query returns; larger results are cut (header EKG-Result-Cap) (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--cors-origin", paramLabel = "URL",
            description = "An origin (https://host[:port]) whose pages may send a login with their requests; repeatable. Without it any page may query, without credentials.")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() {
        if (updates && passwd == null) throw new IllegalArgumentException("--allow-updates needs --passwd FILE");
        EkgServer server = EkgServer.builder(db).port(port).loopback(localhost).passwordFile(passwd).allowUpdates(updates)
                .queryTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))).maxRows(maxRows).corsOrigins(corsOrigins).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ekg-serve-stop"));
        System.err.printf("ekg serve: %s on http://%s:%d%s (query: %s/query)%n", server.generation(),
                localhost ? "localhost" : "0.0.0.0", server.port(), EkgServer.DATASET, EkgServer.DATASET);
        try {
            server.join();
        } finally {
            server.close();
        }
        return 0;
    }
}
