package ekg.graph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * How `ekg query` prints results: rows (SELECT, ASK) as a table, CSV, TSV or SPARQL JSON; graphs
 * (CONSTRUCT, DESCRIBE) as Turtle, N-Triples, JSON-LD or TriG. {@code table} prints a graph as Turtle
 * and {@code json} as JSON-LD; any other mismatch is a usage error.
 */
public enum OutputFormat {
    TABLE, CSV, TSV, JSON, TTL, NT, JSONLD, TRIG;

    private boolean forGraphs() {
        return this == TTL || this == NT || this == JSONLD || this == TRIG;
    }

    private boolean forRows() {
        return this == TABLE || this == CSV || this == TSV || this == JSON;
    }

    /** Refuses a format that cannot show what the query returns. */
    void check(Query query) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (graph && forRows() && this != TABLE && this != JSON) {
            throw new IllegalArgumentException("--format " + name().toLowerCase() + " is for rows; this query makes a graph: "
                    + "use ttl, nt, jsonld or trig");
        }
        if (!graph && forGraphs()) {
            throw new IllegalArgumentException("--format " + name().toLowerCase() + " is for graphs; this query gives rows: "
                    + "use table, csv, tsv or json");
        }
    }

    void print(ResultSet rows, Query query, OutputStream out) {
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            default -> ResultSetFormatter.out(out, rows, query.getPrefixMapping());
        }
    }

    void print(boolean answer, OutputStream out) {
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            default -> {
                PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                p.println(answer ? "yes" : "no");
                p.flush();
            }
        }
    }

    void print(Model graph, OutputStream out) {
        Lang lang = switch (this) {
            case NT -> Lang.NTRIPLES;
            case JSONLD, JSON -> Lang.JSONLD;
            case TRIG -> Lang.TRIG;
            default -> Lang.TURTLE;
        };
        RDFDataMgr.write(out, graph, lang);
    }
}
