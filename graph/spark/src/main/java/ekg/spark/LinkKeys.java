package ekg.spark;

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
import java.util.Set;

/**
 * Splits one article's graph into what each cross-article linker needs, under the key its facts are
 * grouped by: the entity linker sees everything said about one entity (key: the entity), the utterance
 * linker all quotes of one speaker (key: the speaker), the event linker every event mention with the
 * dates, outlets and places it compares them by (one key, {@link #EVENTS}: its clustering and the dating
 * of undated articles join events of every kind and speaker). Each linker then runs per key, on exactly
 * the quads it would have read from the whole store.
 */
final class LinkKeys {
    static final String ENTITY = "entity ";
    static final String SPEAKER = "speaker ";
    static final String EVENTS = "events";
    private static final Set<Node> EVENT_CONTEXT = Set.of(Vocab.Schema.CONTAINED_IN_PLACE, Vocab.Ekg.CAPITAL,
            Vocab.Schema.DATE_PUBLISHED, Vocab.Ekg.INFERRED_DATE, Vocab.Schema.PUBLISHER, Vocab.Schema.URL);

    private LinkKeys() {
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
        for (Quad q : quads) {
            if (!q.getGraph().isURI() || iris.articleIdOfGraph(q.getGraph().getURI()) == null) continue;
            String line = Shards.line(q);
            Node s = q.getSubject();
            if (iris.entityKey(s) != null) out.add(new Tuple2<>(ENTITY + s.getURI(), line));
            Node speaker = speakers.get(s);
            if (speaker != null && speaker.isURI()) out.add(new Tuple2<>(SPEAKER + speaker.getURI(), line));
            if (iris.articleIdOfEventMention(s) != null || EVENT_CONTEXT.contains(q.getPredicate())) {
                out.add(new Tuple2<>(EVENTS, line));
            }
        }
        return out;
    }
}
