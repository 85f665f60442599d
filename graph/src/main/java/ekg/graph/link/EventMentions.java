package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import ekg.ingest.time.GermanTimes;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The event mentions of all article graphs, as the event linker reads them, and the knowledge of which
 * place lies in which (a capital in its country, anything stated with {@code schema:containedInPlace}).
 */
final class EventMentions {

    /** One article's report of an event. {@code time} is an ISO value or interval; null when unknown. */
    static final class Mention {
        final Node node;
        final String article;
        String type;
        String cameo;
        final TreeSet<String> actors = new TreeSet<>();
        final TreeSet<String> places = new TreeSet<>();
        String stamp;
        String begin;
        String end;
        String phrase;
        String time;
        /** The article's first mention of the same event, when this is a later one. */
        Node sameAs;

        Mention(Node node, String article) {
            this.node = node;
            this.article = article;
        }

        /** A time phrase that its own words leave undated and that needs its article's date ("im Juli"). */
        boolean needsArticleDate() {
            return stamp == null && begin == null && phrase != null && !GermanTimes.isAbsolute(phrase);
        }
    }

    final List<Mention> mentions = new ArrayList<>();
    final Containment containment = new Containment();
    private final Map<String, Boolean> within = new HashMap<>();
    final Map<String, String> articleDates = new HashMap<>();
    final Map<String, String> urls = new HashMap<>();
    final Map<String, String> publishers = new HashMap<>();
    /** Articles with a time phrase their own date cannot resolve, as {@link EventFacts} lines say (R). */
    final Set<String> unresolved = new HashSet<>();
    /** The dates inferred for undated articles, as {@link EventFacts} lines give them (A). */
    final Map<String, Dating> datings = new TreeMap<>();

    static EventMentions read(DatasetGraph dsg, Iris iris) {
        Reader r = new Reader(iris);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(r::accept);
        return r.finish();
    }

    /**
     * Reads quads one at a time, in any order: what linking needs of the whole store is then never more
     * than the mentions and the article facts, whichever way the quads arrive.
     */
    static final class Reader {
        private final Iris iris;
        private final EventMentions r = new EventMentions();
        private final Map<Node, Mention> byNode = new TreeMap<>(Comparator.comparing(Node::getURI));

        Reader(Iris iris) {
            this.iris = iris;
        }

        void accept(Quad q) {
            Node p = q.getPredicate();
            if (p.equals(Vocab.Schema.CONTAINED_IN_PLACE)) r.inside(q.getSubject(), q.getObject(), iris);
            else if (p.equals(Vocab.Ekg.CAPITAL)) r.inside(q.getObject(), q.getSubject(), iris);
            else if (p.equals(Vocab.Schema.DATE_PUBLISHED) || p.equals(Vocab.Ekg.INFERRED_DATE)) r.date(q, iris);
            else if (p.equals(Vocab.Schema.PUBLISHER)) r.source(q, iris, r.publishers);
            else if (p.equals(Vocab.Schema.URL)) r.source(q, iris, r.urls);
            String article = iris.articleIdOfEventMention(q.getSubject());
            if (article == null || !q.getGraph().isURI() || iris.articleIdOfGraph(q.getGraph().getURI()) == null) return;
            read(byNode.computeIfAbsent(q.getSubject(), n -> new Mention(n, article)), p, q.getObject(), iris);
        }

        /** Takes a mention as {@link EventFacts} carried it, already whole. */
        void accept(Mention m) {
            byNode.put(m.node, m);
        }

        EventMentions finish() {
            for (Mention m : byNode.values()) {
                if (m.type == null) continue;
                m.time = m.stamp != null ? m.stamp : m.begin != null ? m.begin + "/" + (m.end != null ? m.end : m.begin) : null;
                r.mentions.add(m);
            }
            return r;
        }

        /** The mentions read so far, typed or not, for {@link EventFacts} to write down. */
        Iterable<Mention> partial() {
            return byNode.values();
        }

        /** The article facts read so far (dates, outlets, containment), before {@link #finish()}. */
        EventMentions facts() {
            return r;
        }
    }

    private static void read(Mention m, Node p, Node o, Iris iris) {
        if (p.equals(Vocab.Sem.EVENT_TYPE)) m.type = o.getURI().substring(Vocab.EKG.length());
        else if (p.equals(Vocab.Sem.HAS_ACTOR)) m.actors.add(iris.entityKey(o));
        else if (p.equals(Vocab.Sem.HAS_PLACE)) m.places.add(iris.entityKey(o));
        else if (p.equals(Vocab.Sem.HAS_TIME_STAMP)) m.stamp = o.getLiteralLexicalForm();
        else if (p.equals(Vocab.Sem.HAS_BEGIN)) m.begin = o.getLiteralLexicalForm();
        else if (p.equals(Vocab.Sem.HAS_END)) m.end = o.getLiteralLexicalForm();
        else if (p.equals(Vocab.Ekg.TIME_PHRASE)) m.phrase = o.getLiteralLexicalForm();
        else if (p.equals(Vocab.Ekg.CAMEO)) m.cameo = o.getLiteralLexicalForm();
        else if (p.equals(Vocab.Ekg.SAME_EVENT_AS)) m.sameAs = o;
    }

    private void date(Quad q, Iris iris) {
        String article = q.getGraph().isURI() ? iris.articleIdOfGraph(q.getGraph().getURI()) : null;
        if (article == null || !q.getObject().isLiteral()) return;
        String d = q.getObject().getLiteralLexicalForm();
        articleDates.put(article, d.length() > 10 ? d.substring(0, 10) : d);
    }

    private void source(Quad q, Iris iris, Map<String, String> into) {
        String article = q.getGraph().isURI() ? iris.articleIdOfGraph(q.getGraph().getURI()) : null;
        if (article == null || !q.getSubject().equals(iris.article(article))) return;
        Node o = q.getObject();
        into.put(article, o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : o.toString());
    }

    /** The outlet that published the article: its publisher, else its url, else the article itself. */
    String outlet(String article) {
        String publisher = publishers.get(article);
        return publisher != null ? publisher : urls.getOrDefault(article, article);
    }

    /** The article's date (published, or inferred from its text), or null. */
    String articleDate(String article) {
        return articleDates.get(article);
    }

    /** Records an article's date found later, from the events it shares. */
    void dated(String article, String iso) {
        articleDates.putIfAbsent(article, iso);
    }

    private void inside(Node inner, Node outer, Iris iris) {
        String i = iris.entityKey(inner);
        String o = iris.entityKey(outer);
        if (i != null && o != null) containment.add(i, o);
    }

    /** Whether place {@code inner} is {@code outer} or lies in it, through any chain of containment. */
    boolean within(String inner, String outer) {
        // Asked for the same few hundred places again and again while events are grouped.
        return within.computeIfAbsent(inner + "\n" + outer, k -> containment.within(inner, outer));
    }
}
