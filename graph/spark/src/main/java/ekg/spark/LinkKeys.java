package ekg.spark;

import ekg.graph.link.EventFacts;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one article's graph into what each cross-article linker needs, under the key its facts are
 * grouped by: the entity linker sees everything said about one entity (key: the entity), the utterance
 * linker all quotes of one speaker (key: the speaker), the event linker every event mention of one type
 * with the dates, outlets and places it compares them by (key: {@link #EVENTS} and the type), as
 * {@link EventFacts} lines; containment of places an article states goes under {@link #EVENT_PLACES}, for
 * every type ({@link EventLinking}). Each linker then runs per key, on exactly what it would have read from
 * the whole store.
 */
final class LinkKeys {
    static final String ENTITY = "entity ";
    static final String SPEAKER = "speaker ";
    static final String EVENTS = "events ";
    static final String EVENT_PLACES = "event places";

    private LinkKeys() {
    }

    /** Whether the key groups event facts ({@link EventLinking}) rather than an entity's or a speaker's quads. */
    static boolean isEvents(String key) {
        return key.startsWith(EVENTS) || key.equals(EVENT_PLACES);
    }

    /** The article's quads (N-Quads) as (key, N-Quads line) pairs. */
    static List<Tuple2<String, String>> of(String nquads, Iris iris) {
        List<Quad> quads = new ArrayList<>();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        Map<Node, Node> speakers = new HashMap<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(Vocab.Schema.SPOKEN_BY)) speakers.put(q.getSubject(), q.getObject());
        }
        List<Tuple2<String, String>> out = new ArrayList<>();
        List<Quad> inArticle = new ArrayList<>();
        for (Quad q : quads) {
            if (!q.getGraph().isURI() || iris.articleIdOfGraph(q.getGraph().getURI()) == null) continue;
            inArticle.add(q);
            Node s = q.getSubject();
            boolean entity = iris.entityKey(s) != null;
            Node speaker = speakers.get(s);
            boolean spoken = speaker != null && speaker.isURI();
            if (!entity && !spoken) continue;
            String line = Shards.line(q);
            if (entity) out.add(new Tuple2<>(ENTITY + s.getURI(), line));
            if (spoken) out.add(new Tuple2<>(SPEAKER + speaker.getURI(), line));
        }
        EventFacts.byType(EventFacts.of(inArticle, iris)).forEach((type, facts) -> {
            String key = type.equals(EventFacts.EVERY_TYPE) ? EVENT_PLACES : EVENTS + type;
            facts.forEach(f -> out.add(new Tuple2<>(key, f)));
        });
        return out;
    }
}
