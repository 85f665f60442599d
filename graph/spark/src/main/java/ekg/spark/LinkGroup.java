package ekg.spark;

import ekg.graph.link.EntityLinker;
import ekg.graph.link.EventFacts;
import ekg.graph.link.EventLinker;
import ekg.graph.link.Linker;
import ekg.graph.link.UtteranceLinker;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.KbToRdf;
import ekg.ingest.kb.KnowledgeBase;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs ekg's own linker for one key of {@link LinkKeys} on an executor, and its triples come back as
 * N-Quads lines of the linking graph. For an entity or a speaker, the group's quads go into a small
 * in-memory dataset that the linker reads as it would read the whole store. Events come as
 * {@link EventFacts} lines, with the knowledge base's facts of which place lies in which, as in
 * {@code ekg build}: all event mentions of the corpus meet in this one group, so it carries only what
 * the clustering compares.
 */
final class LinkGroup {
    private static volatile KbFacts kbFacts;

    /** A knowledge base's place containment as event facts. */
    private record KbFacts(KnowledgeBase kb, List<String> facts) {
    }

    private LinkGroup() {
    }

    static Iterator<String> link(String key, Iterable<String> lines, Iris iris) {
        LinkOutput linking = new LinkOutput(iris);
        if (key.equals(LinkKeys.EVENTS)) {
            Iterator<String> all = Stream.concat(StreamSupport.stream(lines.spliterator(), false),
                    kbFacts(iris).stream()).iterator();
            new EventLinker(iris).linkFacts(all, linking);
            return linking.lines();
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().source(new LinesReader(lines.iterator())).lang(Lang.NQUADS).parse(dsg);
        Linker linker = key.startsWith(LinkKeys.ENTITY) ? new EntityLinker(iris, Models.kb()) : new UtteranceLinker(iris);
        linker.link(dsg, linking);
        return linking.lines();
    }

    /** The knowledge base's place containment as event facts, made once per executor and knowledge base. */
    private static List<String> kbFacts(Iris iris) {
        KnowledgeBase kb = Models.kb();
        KbFacts cached = kbFacts;
        if (cached != null && cached.kb() == kb) return cached.facts();
        List<Quad> quads = new ArrayList<>();
        new KbToRdf(iris).write(kb, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                quads.add(Quad.create(iris.kbGraph(), t));
            }

            @Override
            public void quad(Quad q) {
                quads.add(Quad.create(iris.kbGraph(), q.asTriple()));
            }
        });
        List<String> facts = List.copyOf(EventFacts.of(quads, iris));
        kbFacts = new KbFacts(kb, facts);
        return facts;
    }
}
