package ekg.graph.query;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PageTest {

    private static Query query(String sparql) {
        return QueryRunner.parse(NamedQuery.parse("t", sparql));
    }

    @Test
    void aPageSetsLimitAndOffset() {
        Query q = new QueryRunner.Page(50, 100).apply(query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"));
        assertEquals(50, q.getLimit());
        assertEquals(100, q.getOffset());
    }

    @Test
    void aPageStaysWithinTheQuerysOwnLimit() {
        Query q = new QueryRunner.Page(50, 0).apply(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 10"));
        assertEquals(10, q.getLimit());
        Query next = new QueryRunner.Page(5, 8).apply(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 10"));
        assertEquals(8, next.getOffset());
        assertEquals(2, next.getLimit(), "rows 8 and 9 of the query's 10 remain");
    }

    @Test
    void allLeavesTheQueryAlone() {
        Query q = QueryRunner.Page.ALL.apply(query("SELECT ?s WHERE { ?s ?p ?o }"));
        assertFalse(q.hasLimit());
        assertFalse(q.hasOffset());
    }
}
