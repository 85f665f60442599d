package ekg.graph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuseki's query processor with a cap on the size of a result, which Fuseki itself lacks: a query
 * without a LIMIT, or with a larger one, returns at most {@code cap} rows (solutions of a CONSTRUCT or
 * DESCRIBE), and when rows were really cut the response says so in the header {@code EKG-Result-Cap}.
 * One runaway {@code SELECT *} cannot fill the server's memory or a browser tab.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "EKG-Result-Cap";
    private final long cap;

    CappedQuery(long cap) {
        if (cap < 1) throw new IllegalArgumentException("result cap < 1: " + cap);
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        if (!mayExceed(q)) return chosen;
        Query capped = q.cloneQuery();
        // A row more than the cap says whether rows were cut; graphs are asked that apart (see cutGraph).
        capped.setLimit(q.isSelectType() ? cap + 1 : cap);
        return Pair.create(chosen.getLeft(), capped);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        if (!mayExceed(requestQuery)) return super.executeQuery(action, exec, requestQuery, queryStringLog);
        if (!requestQuery.isSelectType()) {
            QueryExecResult graph = super.executeQuery(action, exec, requestQuery, queryStringLog);
            if (cutGraph(exec, requestQuery)) action.setResponseHeader(HEADER, Long.toString(cap));
            return graph;
        }
        // At most cap rows are held, which the cap is there to allow; the header must be set before any row is sent.
        RowSet rows = exec.select();
        List<Binding> kept = new ArrayList<>();
        while (kept.size() < cap && rows.hasNext()) kept.add(rows.next());
        if (rows.hasNext()) action.setResponseHeader(HEADER, Long.toString(cap));
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }

    /** A query whose result may be longer than the cap: rows or graphs without a LIMIT up to it. */
    private boolean mayExceed(Query q) {
        boolean rows = q.isSelectType() || q.isConstructType() || q.isDescribeType();
        return rows && !(q.hasLimit() && q.getLimit() <= cap);
    }

    /** Whether the pattern of a CONSTRUCT or DESCRIBE has a solution beyond the cap, asked for that one solution alone. */
    private boolean cutGraph(QueryExec exec, Query q) {
        if (q.getQueryPattern() == null) return false;
        Query probe = q.cloneQuery();
        probe.setQuerySelectType();
        if (q.isConstructType()) probe.setQueryResultStar(true);
        probe.setOffset((q.hasOffset() ? q.getOffset() : 0) + cap);
        probe.setLimit(1);
        try (QueryExec p = QueryExec.newBuilder().dataset(exec.getDataset()).context(exec.getContext()).query(probe).build()) {
            return p.select().hasNext();
        } catch (QueryException e) {
            // A pattern that cannot be asked as a SELECT (e.g. SELECT * with GROUP BY): it may have been cut.
            return true;
        }
    }
}
