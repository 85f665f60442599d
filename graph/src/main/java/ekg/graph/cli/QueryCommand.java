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
                "A <query> that is not a file is looked up by name in queries/ (e.g. who-said). Several queries run",
                "one after another in one start, each result under a line '# <name>'; each takes the --param it declares.",
                "With --endpoint it asks a SPARQL endpoint instead, e.g. a running 'ekg serve', which holds the dataset's lock."},
        footer = {"", "Examples:", "  ekg query who-said --param text=global", "  ekg query articles timeline --param name=Berger",
                "  ekg query my-question.rq --format csv", "  ekg query who-said --limit 50 --offset 100",
                "  ekg query who-said --endpoint http://localhost:3030/ekg/query --param speaker=Berger"})
final class QueryCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<query>", description = "A .rq file, or the name of a query in queries/; several run in one start.")
    List<String> queries;

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
        List<NamedQuery> named = new ArrayList<>();
        for (String query : queries) named.add(QueryFiles.load(query));
        // Checked before anything runs, so that a mistake in the last query does not come after pages of the first.
        List<Map<String, String>> given = split(named, parameters(params));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (endpoint != null) {
            print(QueryRunner.remote(endpoint), named, given, out);
            return 0;
        }
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no dataset at " + db + ": run 'ekg build <inputs> --db " + db + "' first");
        }
        boolean text = named.stream().anyMatch(QueryRunner::searchesText);
        try (EkgStore store = text ? EkgStore.open(db) : EkgStore.openWithoutTextSearch(db)) {
            print(new QueryRunner(store.dataset()), named, given, out);
        }
        return 0;
    }

    private void print(QueryRunner runner, List<NamedQuery> named, List<Map<String, String>> given, PrintStream out) {
        QueryRunner.Page page = new QueryRunner.Page(limit, offset);
        for (int i = 0; i < named.size(); i++) {
            if (named.size() > 1) out.println((i == 0 ? "" : "\n") + "# " + named.get(i).name());
            runner.print(named.get(i), given.get(i), page, format, out);
            out.flush();
        }
    }

    /**
     * The values each query runs with: those of the parameters it declares. A parameter that none of the
     * queries declares, or a required one that is missing, is a usage error.
     */
    static List<Map<String, String>> split(List<NamedQuery> named, Map<String, String> given) {
        if (named.size() == 1) return List.of(named.get(0).required(given));
        for (String key : given.keySet()) {
            if (named.stream().noneMatch(q -> q.params().containsKey(key))) {
                throw new IllegalArgumentException("none of the queries " + named.stream().map(NamedQuery::name).toList()
                        + " has a parameter '" + key + "'");
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (NamedQuery q : named) {
            Map<String, String> own = new LinkedHashMap<>(given);
            own.keySet().retainAll(q.params().keySet());
            out.add(q.required(own));
        }
        return out;
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
