package ekg.graph.rdf;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.TimeExpression;
import ekg.ingest.time.Anchor;
import ekg.ingest.time.GermanTimes;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an article's time phrases and event mentions into its graph. Each event mention is an
 * {@code ekg:EventMention} with SEM's type, actors, places and time stamps, its CAMEO code, claimer,
 * trigger and time phrase, whether it is planned, and the article's first mention of the same event
 * ({@code ekg:sameEventAs}); the linking graph's {@code sem:Event} nodes gather the mentions of one event.
 * An article dated from its text records the inferred date and how it was found.
 *
 * <pre>{@code
 * new EventsToRdf(Iris.DEFAULT).write(quads, articleNode, doc);
 * }</pre>
 */
public final class EventsToRdf {
    private final Iris iris;

    EventsToRdf(Iris iris) {
        this.iris = iris;
    }

    void write(Quads q, Node a, Doc doc) {
        if (doc.has(Layer.TIMES)) {
            writeAnchor(q, a, doc);
            for (TimeExpression t : doc.times()) writeTime(q, a, doc, t);
        }
        if (doc.has(Layer.EVENTS)) {
            Map<Integer, Node> firstOfEvent = new HashMap<>();
            for (EventMention e : doc.events()) {
                Node n = writeEvent(q, a, doc, e);
                if (e.event() < 0) continue;
                Node first = firstOfEvent.putIfAbsent(e.event(), n);
                if (first != null) q.add(n, Vocab.Ekg.SAME_EVENT_AS, first);
            }
        }
    }

    private static void writeAnchor(Quads q, Node a, Doc doc) {
        if (doc.metadata().published().isPresent()) return;
        Anchor anchor = GermanTimes.anchor(doc);
        if (anchor == null) return;
        q.add(a, Vocab.Ekg.INFERRED_DATE, Literals.date(anchor.value()));
        q.add(a, Vocab.Ekg.DATE_INFERENCE, Literals.string(anchor.how()));
    }

    private void writeTime(Quads q, Node a, Doc doc, TimeExpression t) {
        Node n = iris.span(doc.id(), t.span().begin(), t.span().end());
        q.add(n, Vocab.TYPE, Vocab.Ekg.TIME_EXPRESSION);
        q.add(n, Vocab.Nif.ANCHOR_OF, Literals.string(t.text()));
        q.add(n, Vocab.Nif.BEGIN, Literals.integer(t.span().begin()));
        q.add(n, Vocab.Nif.END, Literals.integer(t.span().end()));
        q.add(n, Vocab.Nif.REFERENCE_CONTEXT, a);
        if (t.value() != null) q.add(n, Vocab.Ekg.TIME_VALUE, Literals.date(t.value()));
        if (t.anchor() != null) q.add(n, Vocab.Ekg.TIME_ANCHOR, Literals.string(t.anchor()));
    }

    private Node writeEvent(Quads q, Node a, Doc doc, EventMention e) {
        Node n = iris.eventMention(doc.id(), e.trigger().begin(), e.trigger().end());
        q.add(n, Vocab.TYPE, Vocab.Ekg.EVENT_MENTION);
        q.add(n, Vocab.Sem.EVENT_TYPE, Vocab.Ekg.eventType(e.type()));
        q.add(n, Vocab.Ekg.TRIGGER, Literals.string(doc.cover(e.trigger())));
        q.add(n, Vocab.Schema.IS_PART_OF, a);
        q.add(n, Vocab.Nif.BEGIN, Literals.integer(e.trigger().begin()));
        q.add(n, Vocab.Nif.END, Literals.integer(e.trigger().end()));
        q.add(n, Vocab.Nif.REFERENCE_CONTEXT, a);
        if (e.cameo() != null) q.add(n, Vocab.Ekg.CAMEO, Literals.string(e.cameo()));
        e.actors().forEach(k -> q.add(n, Vocab.Sem.HAS_ACTOR, iris.entity(k)));
        e.places().forEach(k -> q.add(n, Vocab.Sem.HAS_PLACE, iris.entity(k)));
        if (e.claimedBy() != null) q.add(n, Vocab.Ekg.CLAIMED_BY, iris.entity(e.claimedBy()));
        if (e.timePhrase() != null) q.add(n, Vocab.Ekg.TIME_PHRASE, Literals.string(e.timePhrase()));
        if (e.planned()) q.add(n, Vocab.Ekg.PLANNED, Literals.bool(true));
        for (Triple t : timeStamps(n, e.time())) q.add(t.getSubject(), t.getPredicate(), t.getObject());
        return n;
    }

    /** SEM time stamps of a value: one {@code sem:hasTimeStamp}, or begin and end for an interval {@code a/b}. */
    public static List<Triple> timeStamps(Node subject, String value) {
        List<Triple> out = new ArrayList<>(2);
        if (value == null) return out;
        int slash = value.indexOf('/');
        if (slash < 0) {
            out.add(Triple.create(subject, Vocab.Sem.HAS_TIME_STAMP, Literals.date(value)));
        } else {
            out.add(Triple.create(subject, Vocab.Sem.HAS_BEGIN, Literals.date(value.substring(0, slash))));
            out.add(Triple.create(subject, Vocab.Sem.HAS_END, Literals.date(value.substring(slash + 1))));
        }
        return out;
    }
}
