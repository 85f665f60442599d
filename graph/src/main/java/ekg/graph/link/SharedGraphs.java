package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.KbToRdf;
import ekg.ingest.kb.KnowledgeBase;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The graphs shared by all articles, refreshed after every build: the knowledge base graph, the
 * linking graph with every linker ekg has, and the listings' pages (which number linked events too).
 * Builds and rebuilds call {@link #refresh} and nothing else, so a new linker is added here once.
 *
 * <pre>{@code
 * SharedGraphs.Counts c = new SharedGraphs(Iris.DEFAULT, KnowledgeBase.builtIn()).refresh(store.datasetGraph());
 * }</pre>
 */
public final class SharedGraphs {
    private final Iris iris;
    private final KnowledgeBase kb;
    private final LinkingGraph linking;

    public SharedGraphs(Iris iris, KnowledgeBase kb) {
        this.iris = iris;
        this.kb = kb;
        this.linking = new LinkingGraph(iris, linkers(iris, kb));
    }

    /** Every cross-article linker, in the order they run. */
    static List<Linker> linkers(Iris iris, KnowledgeBase kb) {
        return List.of(new EntityLinker(iris, kb), new UtteranceLinker(iris), new EventLinker(iris));
    }

    /** Triples written into each shared graph. */
    public record Counts(long kb, long linking, long pages) {
    }

    public Counts refresh(DatasetGraph dsg) {
        return refresh(dsg, linking::rebuild);
    }

    /**
     * The same, with the linking graph made elsewhere (by a cluster job, say): {@code linkingGraph} replaces it
     * once the knowledge base graph is in place and returns its size; the pages are numbered after it.
     */
    public Counts refresh(DatasetGraph dsg, ToLongFunction<DatasetGraph> linkingGraph) {
        long kbTriples = LinkingGraph.replace(dsg, iris.kbGraph(), out -> new KbToRdf(iris).write(kb, out));
        long linked = linkingGraph.applyAsLong(dsg);
        long paged = LinkingGraph.replace(dsg, iris.pagesGraph(), out -> new Pages(iris, Pages.SIZE).write(dsg, out));
        return new Counts(kbTriples, linked, paged);
    }
}
