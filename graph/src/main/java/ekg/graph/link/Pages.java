package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the items of every listing into pages ({@link #SIZE} to a page), in the order the listing's
 * query shows them, so that a query lists page N by looking up the items on it ({@code ?item ekg:onPage
 * <https://ekg.dev/id/page/quotes/all/N>}) rather than ordering every item of the store for each page:
 * at 100,000 articles that order alone takes seconds. A listing that a query narrows by event type is
 * also numbered per type ({@code .../page/single-source/meeting/N}). Runs after linking, since events,
 * their outlet counts and utterances live in the linking graph.
 *
 * <pre>{@code
 * LinkingGraph.replace(dsg, iris.pagesGraph(), out -> new Pages(iris, Pages.SIZE).write(dsg, out));
 * }</pre>
 */
public final class Pages {
    /** Items to a page: a screenful of rows that any query lists in well under the 200 ms of a lookup. */
    public static final int SIZE = 50;
    /** Rows an ordering keeps in memory before it sorts on disk: listings grow with the corpus, the heap must not. */
    private static final int SORT_IN_MEMORY = 100_000;
    private static final String ALL = "all";

    /** One listing: its name in page IRIs and the query giving its ?item (and ?kind, when numbered per type) in order. */
    record Listing(String name, String select) {
    }

    /** The listings; each order is the ORDER BY of the queries that page through it, so pages are slices of it. */
    static final List<Listing> LISTINGS = List.of(
            new Listing("articles", """
                    SELECT ?item WHERE { ?item schema:identifier ?id . ?item a schema:NewsArticle }
                    ORDER BY ?id ?item"""),
            new Listing("quotes", """
                    SELECT ?item WHERE {
                      ?item a schema:Quotation ; schema:isPartOf ?a ; nif:beginIndex ?begin .
                      ?a schema:identifier ?article }
                    ORDER BY ?article ?begin ?item"""),
            new Listing("utterances", """
                    SELECT ?item WHERE { ?item a ekg:Utterance ; schema:text ?wording . BIND(STR(?wording) AS ?said) }
                    ORDER BY ?said ?item"""),
            new Listing("events", """
                    SELECT ?item WHERE { ?item a sem:Event } ORDER BY ?item"""),
            new Listing("single-source", """
                    SELECT ?item ?kind WHERE {
                      ?item ekg:outletCount 1 ; sem:eventType ?t .
                      BIND(STRAFTER(STR(?t), STR(ekg:)) AS ?type)
                      OPTIONAL { ?item sem:hasTimeStamp ?stamp }
                      OPTIONAL { ?item sem:hasBeginTimeStamp ?begin }
                      BIND(STR(COALESCE(?stamp, ?begin)) AS ?time)
                      BIND(LCASE(?type) AS ?kind) }
                    ORDER BY ?type ?time ?item"""),
            new Listing("disagreements", """
                    SELECT ?item ?kind WHERE {
                      ?item ekg:datesDiffer true ; sem:eventType ?t .
                      BIND(LCASE(STRAFTER(STR(?t), STR(ekg:))) AS ?kind) }
                    ORDER BY ?item"""));

    private final Iris iris;
    private final int size;

    public Pages(Iris iris, int size) {
        if (size < 1) throw new IllegalArgumentException("page size < 1: " + size);
        this.iris = iris;
        this.size = size;
    }

    /** Reads every listing from {@code dsg} (inside a transaction) and writes each item's page(s) to {@code out}. */
    public void write(DatasetGraph dsg, StreamRDF out) {
        for (Listing l : LISTINGS) write(l, dsg, out);
    }

    private void write(Listing listing, DatasetGraph dsg, StreamRDF out) {
        Query query = new Query();
        query.setPrefixMapping(Vocab.prefixes());
        QueryFactory.parse(query, listing.select(), null, Syntax.syntaxARQ);
        Map<String, Long> counts = new HashMap<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true)
                .set(ARQ.spillToDiskThreshold, SORT_IN_MEMORY).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node item = row.get(Var.alloc("item"));
                page(listing.name(), ALL, item, counts, out);
                Node kind = row.get(Var.alloc("kind"));
                if (kind != null && kind.isLiteral() && !kind.getLiteralLexicalForm().isEmpty()) {
                    page(listing.name(), kind.getLiteralLexicalForm(), item, counts, out);
                }
            }
        }
    }

    private void page(String listing, String kind, Node item, Map<String, Long> counts, StreamRDF out) {
        long n = counts.merge(kind, 1L, Long::sum) - 1;
        out.triple(Triple.create(item, Vocab.Ekg.ON_PAGE, iris.page(listing, kind, n / size + 1)));
    }
}
