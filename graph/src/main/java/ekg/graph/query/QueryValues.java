package ekg.graph.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets a query's parameters the way any SPARQL client can: a canned query opens its WHERE clause with
 * one {@code VALUES} row holding every parameter's default (and a {@code LATERAL} block that sees it),
 * so the file runs unchanged on the endpoint; here that row is replaced with the values asked for.
 * Parameters of a query without such a row are substituted into it, as ARQ does for pre-bound variables.
 */
final class QueryValues {
    private QueryValues() {
    }

    /**
     * Writes the values of the parameters the query's opening VALUES row names into that row, and returns
     * the rest, to be substituted at execution.
     */
    static Binding set(Query query, Map<String, String> values) {
        Map<String, String> rest = new LinkedHashMap<>(values);
        ElementData row = openingValues(query);
        if (row != null) {
            BindingBuilder b = BindingBuilder.create();
            for (Var v : row.getVars()) {
                String value = rest.remove(v.getVarName());
                if (value != null) b.add(v, QueryRunner.node(value));
                else if (!row.getRows().isEmpty() && row.getRows().get(0).contains(v)) b.add(v, row.getRows().get(0).get(v));
            }
            row.getRows().clear();
            row.getRows().add(b.build());
        }
        return QueryRunner.bind(rest);
    }

    /** The {@code VALUES} block that opens the query's WHERE clause, or null. */
    static ElementData openingValues(Query query) {
        Element pattern = query.getQueryPattern();
        if (pattern instanceof ElementGroup g && !g.getElements().isEmpty() && g.getElements().get(0) instanceof ElementData d) {
            return d;
        }
        return null;
    }
}
