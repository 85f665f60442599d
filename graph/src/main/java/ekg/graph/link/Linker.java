package ekg.graph.link;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One kind of cross-article linking (entities, events, utterances): it reads the article graphs and
 * streams the facts that hold across articles, as triples of the linking graph.
 */
public interface Linker {

    /** A short name for progress messages. */
    String name();

    /** Reads {@code articles} (called inside a transaction) and writes linking facts to {@code out} as triples. */
    void link(DatasetGraph articles, StreamRDF out);
}
