package ekg.graph.store;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes articles into a new, empty generation with Jena's phased bulk loader and feeds the text index
 * beside it, several times faster than a transaction per batch. The bulk loader is not crash-safe, so
 * only a generation that is not live is loaded this way: a crash leaves a generation that never goes
 * live. An article id seen twice is written the ordinary way at the end, so the last one wins, as with
 * {@link EkgStore#replace}.
 *
 * <pre>{@code
 * try (BulkLoad load = store.bulkLoad()) { load.write(batch); ... load.finish(); }
 * }</pre>
 */
public final class BulkLoad implements AutoCloseable {

    /** Which of Jena's bulk loaders writes the quads. */
    public enum Loader {
        /**
         * Jena's phased loader, the fastest with cores to spare; its queues hold up to about a million parsed
         * quads and then as many index tuples (over 400 MB of heap, measured loading 3.8 million quads).
         */
        PHASED,
        /** Jena's sequential loader: one thread, no queues, the least heap. */
        SEQUENTIAL
    }

    private final EkgStore store;
    private final Iris iris;
    private final DataLoader loader;
    private final StreamRDF sink;
    private final TextFeed text;
    private final Node now = Literals.dateTime(Instant.now());
    private Set<String> written = new HashSet<>();
    private final Map<String, ArticleQuads> again = new LinkedHashMap<>();
    private boolean open = true;

    BulkLoad(EkgStore store, DatasetGraph tdb, TextIndex text, Iris iris, Loader kind) {
        this.store = store;
        this.iris = iris;
        this.text = new TextFeed(text, iris);
        this.loader = kind == Loader.SEQUENTIAL ? LoaderFactory.sequentialLoader(tdb, (fmt, args) -> { })
                : LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        loader.startBulk();
        this.sink = loader.stream();
    }

    /**
     * Promises that every article comes once (its id checked before, as the Spark build does): no set of
     * the ids written is kept, whose heap would grow with the articles.
     */
    public BulkLoad articlesOnce() {
        written = null;
        return this;
    }

    /** Adds the articles' graphs; an article already written is kept for the end. */
    public void write(List<ArticleQuads> articles) {
        if (!open) throw new IllegalStateException("the bulk load is finished");
        for (ArticleQuads a : articles) {
            if (written != null && !written.add(a.articleId())) {
                again.put(a.articleId(), a);
                continue;
            }
            Node g = iris.articleGraph(a.articleId());
            for (Quad q : a.quads()) {
                if (!q.getGraph().equals(g)) {
                    throw new IllegalArgumentException("quad outside the graph of " + a.articleId() + ": " + q);
                }
                add(q);
            }
            add(Quad.create(iris.metaGraph(), g, Vocab.Prov.GENERATED_AT, now));
        }
    }

    private void add(Quad q) {
        sink.quad(q);
        text.add(q);
    }

    /** Ends the bulk load (indexes built, text index committed), then replaces articles that came twice. */
    public void finish() {
        if (!open) return;
        open = false;
        loader.finishBulk();
        text.commit();
        if (!again.isEmpty()) store.replace(List.copyOf(again.values()));
    }

    /** Finishes the load if {@link #finish} was not called (after a failure: the generation is discarded anyway). */
    @Override
    public void close() {
        finish();
    }
}
