package ekg.graph.query;

import ekg.graph.link.LinkingGraph;
import ekg.graph.link.Pages;
import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

import java.nio.file.Path;

/** The queries' hand-written fixture ({@code queries/tests/fixture.trig}) in a real TDB2 dataset, paged as a build pages it. */
final class QueryFixture {
    /** Maven runs tests in the module folder; the queries live at the top of the repository. */
    static final Path QUERIES = Path.of("..", "queries");

    private QueryFixture() {
    }

    /** A store at {@code db} holding the fixture, its listings numbered {@code pageSize} items to a page. */
    static EkgStore open(Path db, int pageSize) {
        EkgStore store = EkgStore.open(db);
        Txn.executeWrite(store.datasetGraph(), () -> RDFParser.source(QUERIES.resolve("tests/fixture.trig"))
                .lang(Lang.TRIG).parse(store.datasetGraph()));
        paginate(store, pageSize);
        return store;
    }

    /** Numbers the store's listings anew, {@code size} items to a page. */
    static void paginate(EkgStore store, int size) {
        LinkingGraph.replace(store.datasetGraph(), Iris.DEFAULT.pagesGraph(),
                out -> new Pages(Iris.DEFAULT, size).write(store.datasetGraph(), out));
    }
}
