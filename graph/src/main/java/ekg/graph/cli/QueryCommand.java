package ekg.graph.cli;

import ekg.graph.query.NamedQuery;
import ekg.graph.query.OutputFormat;
import ekg.graph.query.QueryRunner;
import ekg.graph.store.EkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ekg query}: runs a SPARQL file, or a query from {@code queries/} by name, against the dataset. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the dataset. The default graph is the union of all article graphs.",
                "A <query> that is not a file is looked up by name in queries/ (e.g. who-said).",
                "With --endpoint it asks a SPARQL endpoint instead, e.g. a running 'ekg serve', which holds the dataset's lock."},
        footer = {"", "Examples:", "  ekg query who-said --param text=global",
                "  ekg query my-question.rq --format csv", "  ekg query who-said --limit 50 --offset 100",
                "  ekg query who-said --endpoint http://localhost:3030/ekg/query --param speaker=Berger"})
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<query>", description = "A .rq file, or the name of a query in queries/.")
    String query;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/ekg",
            description = "The TDB2 dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Ask this SPARQL endpoint over HTTP instead of opening --db.")
    String endpoint;

    @Option(names = "--param", paramLabel = "k=v", description = "A query parameter, as declared in its header (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Rows: table, csv, tsv or json; graphs (CONSTRUCT, DESCRIBE): ttl, nt, jsonld or trig (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "At most N rows, a page of a long listing (default: all).")
    long limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N rows, for the next page (default: ${DEFAULT-VALUE}).")
    long offset;

    @Override
    public Integer call() throws IOException {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("--limit and --offset must not be negative");
        NamedQuery q = QueryFiles.load(query);
        Map<String, String> given = q.required(parameters(params));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        QueryRunner.Page page = new QueryRunner.Page(limit, offset);
        if (endpoint != null) {
            QueryRunner.remote(endpoint).print(q, given, page, format, out);
            out.flush();
            return 0;
        }
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no dataset at " + db + ": run 'ekg build <inputs> --db " + db + "' first");
        }
        try (EkgStore store = EkgStore.open(db)) {
            new QueryRunner(store.dataset()).print(q, given, page, format, out);
            out.flush();
        }
        return 0;
    }

    /** The {@code k=v} pairs as a map; a pair without {@code =} or a key given twice is a usage error. */
    static Map<String, String> parameters(List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("--param wants name=value, not '" + pair + "'");
            String key = pair.substring(0, eq);
            if (map.put(key, pair.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("--param " + key + " is given twice; give each parameter once");
            }
        }
        return map;
    }
}
