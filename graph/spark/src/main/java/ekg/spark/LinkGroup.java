package ekg.spark;

import ekg.graph.link.EntityLinker;
import ekg.graph.link.Linker;
import ekg.graph.link.UtteranceLinker;
import ekg.graph.rdf.Iris;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.util.Iterator;

/**
 * Runs ekg's own linker for the key of an entity or a speaker ({@link LinkKeys}) on an executor, and its
 * triples come back as N-Quads lines of the linking graph: the group's quads go into a small in-memory
 * dataset that the linker reads as it would read the whole store. Events are linked by {@link EventLinking}.
 */
final class LinkGroup {
    private LinkGroup() {
    }

    static Iterator<String> link(String key, Iterable<String> lines, Iris iris) {
        LinkOutput linking = new LinkOutput(iris);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().source(new LinesReader(lines.iterator())).lang(Lang.NQUADS).parse(dsg);
        Linker linker = key.startsWith(LinkKeys.ENTITY) ? new EntityLinker(iris, Models.kb()) : new UtteranceLinker(iris);
        linker.link(dsg, linking);
        return linking.lines();
    }
}
