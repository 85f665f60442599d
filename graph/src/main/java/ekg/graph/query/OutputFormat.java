package ekg.graph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** How `ekg query` prints results. */
public enum OutputFormat {
    TABLE, CSV, TSV, JSON;

    void print(ResultSet rows, Query query, OutputStream out) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, rows, query.getPrefixMapping());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
        }
    }

    void print(boolean answer, OutputStream out) {
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case TABLE -> {
                PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                p.println(answer ? "yes" : "no");
                p.flush();
            }
        }
    }
}
