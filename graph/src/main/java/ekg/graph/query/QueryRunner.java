package ekg.graph.query;

import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a {@link NamedQuery} against a dataset with the union of all named graphs as its default graph,
 * as the endpoint does, so no analyst ever needs a GRAPH clause.
 *
 * <pre>{@code
 * ResultSetRewindable rows = new QueryRunner(store.dataset()).select(query, Map.of("text", "global"));
 * }</pre>
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final String endpoint;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
        this.endpoint = null;
    }

    private QueryRunner(String endpoint) {
        this.dataset = null;
        this.endpoint = endpoint;
    }

    /** A runner that sends every query to a SPARQL endpoint, e.g. a running {@code ekg serve}, over HTTP. */
    public static QueryRunner remote(String endpoint) {
        return new QueryRunner(endpoint);
    }

    /**
     * Parses the query with ekg's prefixes available, naming the query on a syntax error. ARQ's syntax
     * (SPARQL 1.1 plus {@code LATERAL}, which Fuseki accepts too) lets a query compute per-row aggregates
     * without a cross product. The prefixes are a copy the query's own PREFIX lines may add to or redefine.
     */
    public static Query parse(NamedQuery q) {
        try {
            Query query = new Query();
            query.setPrefixMapping(new PrefixMappingImpl().setNsPrefixes(Vocab.prefixes()));
            return QueryFactory.parse(query, q.sparql(), null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("query '" + q.name() + "' does not parse: " + e.getMessage(), e);
        }
    }

    /** Whether the query asks the full-text index ({@code text:query} or any term of its namespace), subqueries included. */
    public static boolean searchesText(NamedQuery q) {
        Query written = parse(q).cloneQuery();
        // Written without prefixes, every term of the text namespace appears as its whole IRI.
        written.setPrefixMapping(new PrefixMappingImpl());
        return written.serialize().contains("<" + Vocab.TEXT);
    }

    /** Runs a SELECT query and returns all rows. */
    public ResultSetRewindable select(NamedQuery q, Map<String, String> given) {
        Query query = parse(q);
        if (!query.isSelectType()) throw new IllegalArgumentException("query '" + q.name() + "' is not a SELECT query");
        Binding values = QueryValues.set(query, q.values(given));
        Supplier<ResultSetRewindable> rows = () -> {
            try (QueryExecution qe = execution(query, values)) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        };
        return dataset == null ? rows.get() : Txn.calculateRead(dataset, rows);
    }

    /** A page of rows: at most {@code limit} (0: no limit) after skipping {@code offset}. */
    public record Page(long limit, long offset) {
        public static final Page ALL = new Page(0, 0);

        /** The query with the page applied on top of its own LIMIT and OFFSET. */
        Query apply(Query query) {
            if (offset > 0) {
                query.setOffset(Math.max(0, query.getOffset()) + offset);
                if (query.hasLimit()) query.setLimit(Math.max(0, query.getLimit() - offset));
            }
            if (limit > 0 && (!query.hasLimit() || query.getLimit() > limit)) query.setLimit(limit);
            return query;
        }
    }

    /** Runs any query form and prints its result in {@code format} (see {@link OutputFormat}). */
    public void print(NamedQuery q, Map<String, String> given, OutputFormat format, OutputStream out) {
        print(q, given, Page.ALL, format, out);
    }

    /** Prints one page of the result. */
    public void print(NamedQuery q, Map<String, String> given, Page page, OutputFormat format, OutputStream out) {
        Query query = page.apply(parse(q));
        format.check(query);
        Binding values = QueryValues.set(query, q.values(given));
        Runnable run = () -> {
            try (QueryExecution qe = execution(query, values)) {
                if (query.isSelectType()) {
                    format.print(qe.execSelect(), query, out);
                } else if (query.isAskType()) {
                    format.print(qe.execAsk(), out);
                } else {
                    format.print(query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), out);
                }
            }
        };
        if (dataset == null) run.run();
        else Txn.executeRead(dataset, run);
    }

    private QueryExecution execution(Query query, Binding values) {
        if (endpoint != null) {
            Map<Var, Node> substitute = new HashMap<>();
            values.forEach(substitute::put);
            return QueryExecutionHTTP.service(endpoint).query(QueryTransformOps.transform(query, substitute)).build();
        }
        return QueryExecution.create().query(query).dataset(dataset).substitution(values)
                .set(TDB2.symUnionDefaultGraph, true).build();
    }

    /** Parameter values become literals, or IRIs when written as {@code <...>}. */
    static Binding bind(Map<String, String> values) {
        BindingBuilder b = BindingBuilder.create();
        values.forEach((k, v) -> b.add(Var.alloc(k), node(v)));
        return b.build();
    }

    static Node node(String v) {
        if (v.length() > 2 && v.startsWith("<") && v.endsWith(">")) return NodeFactory.createURI(v.substring(1, v.length() - 1));
        return NodeFactory.createLiteralString(v);
    }

}
