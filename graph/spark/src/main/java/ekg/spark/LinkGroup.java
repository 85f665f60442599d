package ekg.spark;

import ekg.graph.link.EntityLinker;
import ekg.graph.link.EventLinker;
import ekg.graph.link.Linker;
import ekg.graph.link.UtteranceLinker;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.KbToRdf;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs ekg's own linker for one key of {@link LinkKeys} on an executor: the group's quads go into a small
 * in-memory dataset, the linker reads it as it would read the whole store, and its triples come back as
 * N-Quads lines of the linking graph. The event linker also sees the knowledge base graph, as it does in
 * {@code ekg build}, for which place lies in which.
 */
final class LinkGroup {
    private LinkGroup() {
    }

    static List<String> link(String key, Iterable<String> lines, Iris iris) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        StringBuilder text = new StringBuilder();
        for (String line : lines) text.append(line).append('\n');
        RDFParser.fromString(text.toString(), Lang.NQUADS).parse(dsg);
        Linker linker;
        if (key.startsWith(LinkKeys.ENTITY)) {
            linker = new EntityLinker(iris, Models.kb());
        } else if (key.startsWith(LinkKeys.SPEAKER)) {
            linker = new UtteranceLinker(iris);
        } else {
            new KbToRdf(iris).write(Models.kb(), new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    dsg.add(Quad.create(iris.kbGraph(), t));
                }

                @Override
                public void quad(Quad q) {
                    dsg.add(Quad.create(iris.kbGraph(), q.asTriple()));
                }
            });
            linker = new EventLinker(iris);
        }
        List<String> out = new ArrayList<>();
        linker.link(dsg, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.add(Shards.line(Quad.create(iris.linkingGraph(), t)));
            }

            @Override
            public void quad(Quad q) {
                triple(q.asTriple());
            }
        });
        return out;
    }
}
