package ekg.graph.query;

import ekg.graph.link.Pages;
import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The listings' pages on the queries' fixture in a real TDB2 dataset, numbered two items to a page so
 * that every listing spans several pages: each page is a slice of the listing's order, and a listing
 * query's pages together give exactly the rows it gives when everything is on one page.
 */
class PagedListingsTest {
    private static final Path QUERIES = QueryFixture.QUERIES;
    private static final Iris IRIS = Iris.DEFAULT;
    /** More pages than any listing of the fixture fills at two items to a page. */
    private static final int MAX_PAGES = 30;

    @TempDir
    static Path db;
    private static EkgStore store;

    @BeforeAll
    static void loadFixture() {
        store = QueryFixture.open(db, Pages.SIZE);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) store.close();
    }

    private static void paginate(int size) {
        QueryFixture.paginate(store, size);
    }

    @Test
    void articlePagesAreSlicesOfTheIdentifierOrder() {
        paginate(2);
        NamedQuery ids = NamedQuery.parse("article-page", """
                # The identifiers of one page of articles.
                # @param p "" the page's IRI
                SELECT ?id WHERE { ?a ekg:onPage ?listed ; schema:identifier ?id . FILTER(STR(?listed) = $p) } ORDER BY ?id""");
        List<String> concatenated = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int n = 1; n <= MAX_PAGES; n++) {
            List<String> page = column(new QueryRunner(store.dataset()).select(ids,
                    Map.of("p", IRIS.page("articles", "all", n).getURI())), "id");
            if (!page.isEmpty()) sizes.add(page.size());
            concatenated.addAll(page);
        }
        List<String> all = column(new QueryRunner(store.dataset()).select(NamedQuery.parse("all-articles", """
                # Every article's identifier.
                SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id } ORDER BY ?id"""), Map.of()), "id");
        assertTrue(all.size() > 2, "the fixture should fill more than one page: " + all);
        assertEquals(all, concatenated, "the pages, one after the other, should be every article in identifier order");
        assertTrue(sizes.subList(0, sizes.size() - 1).stream().allMatch(s -> s == 2), "only the last page may be short: " + sizes);
    }

    /** {@code filled}: pages with rows at two items to a page (the fixture quotes one mention, has one disagreement). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"articles,,2", "person-said,,5", "who-said,,5", "quotes-mentioning,,1", "utterance-reports,,4",
            "event-participants,,2", "single-source-facts,,2", "single-source-facts,kind=statement,2",
            "disagreements,,1", "disagreements,kind=Statement,1"})
    void everyPageTogetherIsTheWholeListing(String name, String param, int filledPages) throws IOException {
        NamedQuery query = NamedQuery.parse(name, Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8));
        Map<String, String> params = new HashMap<>();
        if (param != null) params.put(param.split("=")[0], param.split("=")[1]);
        paginate(1000);
        List<String> whole = rows(query, params, 1);
        paginate(2);
        List<String> paged = new ArrayList<>();
        int filled = 0;
        for (int n = 1; n <= MAX_PAGES; n++) {
            List<String> page = rows(query, params, n);
            if (!page.isEmpty()) filled++;
            paged.addAll(page);
        }
        assertTrue(!whole.isEmpty(), name + " should list rows");
        assertEquals(filledPages, filled, name + ": pages with rows");
        assertEquals(sorted(whole), sorted(paged), name + ": its pages together should give the rows of the whole listing");
    }

    private static List<String> rows(NamedQuery query, Map<String, String> params, int page) {
        Map<String, String> withPage = new HashMap<>(params);
        withPage.put("page", Integer.toString(page));
        ResultSetRewindable rs = new QueryRunner(store.dataset()).select(query, withPage);
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(r -> rows.add(r.toString()));
        return rows;
    }

    private static List<String> column(ResultSetRewindable rs, String var) {
        List<String> values = new ArrayList<>();
        rs.forEachRemaining(r -> values.add(r.get(var).toString()));
        return values;
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }
}
