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

    void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
