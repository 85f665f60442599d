package ekg.graph.link;

import ekg.graph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Recomputes the linking graph from all article graphs after a build, in one write transaction, so a
 * query never sees links to an article that is gone, nor misses links to one just added.
 *
 * <pre>{@code
 * long n = new LinkingGraph(Iris.DEFAULT, List.of(new EntityLinker(...))).rebuild(store.datasetGraph());
 * }</pre>
 */
public final class LinkingGraph {
    private final Iris iris;
    private final List<Linker> linkers;

    public LinkingGraph(Iris iris, List<Linker> linkers) {
        this.iris = iris;
        this.linkers = List.copyOf(linkers);
    }

    /** Replaces the linking graph; returns the number of triples it now holds. */
    public long rebuild(DatasetGraph dsg) {
        return replace(dsg, iris.linkingGraph(), out -> {
            for (Linker l : linkers) l.link(dsg, out);
        });
    }

    /**
     * Replaces one shared graph by what {@code writer} streams, in one write transaction; the writer may
     * read the dataset, since nothing is added until it is done.
     */
    public static long replace(DatasetGraph dsg, Node graph, Consumer<StreamRDF> writer) {
        return Txn.calculateWrite(dsg, () -> {
            List<Quad> quads = new ArrayList<>();
            writer.accept(into(graph, quads));
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
            return (long) quads.size();
        });
    }

    private static StreamRDF into(Node graph, List<Quad> quads) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                quads.add(Quad.create(graph, t));
            }

            @Override
            public void quad(Quad q) {
                quads.add(Quad.create(graph, q.asTriple()));
            }
        };
    }
}
