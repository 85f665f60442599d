package ekg.graph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes triples of one named graph to a stream, so the mapping code reads as triples. */
final class Quads {
    private final StreamRDF out;
    private final Node graph;

    Quads(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    Node graph() {
        return graph;
    }

    /** A quad made for this graph elsewhere. */
    void add(Quad quad) {
        if (!quad.getGraph().equals(graph)) throw new IllegalArgumentException("quad of another graph: " + quad);
        out.quad(quad);
    }

    void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
