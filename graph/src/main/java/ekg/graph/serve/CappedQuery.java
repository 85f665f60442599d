package ekg.graph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query processor with a cap on the size of a result, which Fuseki itself lacks: a query
 * without a LIMIT, or with a larger one, runs with {@code LIMIT cap}, and the response says so in the
 * header {@code EKG-Result-Cap}. One runaway {@code SELECT *} cannot fill the server's memory or a
 * browser tab.
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
        boolean rows = q.isSelectType() || q.isConstructType() || q.isDescribeType();
        if (!rows || (q.hasLimit() && q.getLimit() <= cap)) return chosen;
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.setResponseHeader(HEADER, Long.toString(cap));
        return Pair.create(chosen.getLeft(), capped);
    }
}
