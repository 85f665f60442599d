package ekg.graph.link;

import ekg.graph.link.EventMentions.Mention;
import ekg.graph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the event linker reads of a set of quads, as one text line per fact: a mention with everything
 * linking compares, an article's date and outlet, a place inside another. A distributed build sends these
 * lines, not the articles' quads, to the one place where all events are clustered: a tenth of the size,
 * and read back into exactly the {@link EventMentions} the quads would give.
 */
public final class EventFacts {
    private static final char FIELD = '\t';
    private static final char ITEM = '\u001f';

    private EventFacts() {
    }

    /** The facts in {@code quads} (an article's graph, or the knowledge base's) that event linking reads. */
    public static List<String> of(Iterable<Quad> quads, Iris iris) {
        EventMentions.Reader r = new EventMentions.Reader(iris);
        quads.forEach(r::accept);
        EventMentions facts = r.facts();
        List<String> out = new ArrayList<>();
        for (Mention m : r.partial()) {
            out.add(line("M", m.node.getURI(), m.article, m.type, m.cameo, String.join(String.valueOf(ITEM), m.actors),
                    String.join(String.valueOf(ITEM), m.places), m.stamp, m.begin, m.end, m.phrase,
                    m.sameAs == null ? null : m.sameAs.getURI()));
        }
        pairs(out, "D", facts.articleDates);
        pairs(out, "P", facts.publishers);
        pairs(out, "U", facts.urls);
        facts.containment.forEach((inner, outer) -> out.add(line("C", inner, outer)));
        return out;
    }

    /** The mentions and article facts of all these lines, as {@link EventMentions#read} gives them from quads. */
    static EventMentions read(Iterator<String> lines, Iris iris) {
        EventMentions.Reader r = new EventMentions.Reader(iris);
        EventMentions facts = r.facts();
        while (lines.hasNext()) {
            String[] f = fields(lines.next());
            switch (f[0]) {
                case "M" -> r.accept(mention(f));
                case "D" -> facts.articleDates.put(f[1], f[2]);
                case "P" -> facts.publishers.put(f[1], f[2]);
                case "U" -> facts.urls.put(f[1], f[2]);
                case "C" -> facts.containment.add(f[1], f[2]);
                default -> throw new IllegalArgumentException("not an event fact: " + f[0]);
            }
        }
        return r.finish();
    }

    private static Mention mention(String[] f) {
        Mention m = new Mention(NodeFactory.createURI(f[1]), f[2]);
        m.type = f[3];
        m.cameo = f[4];
        items(f[5], m.actors);
        items(f[6], m.places);
        m.stamp = f[7];
        m.begin = f[8];
        m.end = f[9];
        m.phrase = f[10];
        m.sameAs = f[11] == null ? null : NodeFactory.createURI(f[11]);
        return m;
    }

    private static void items(String joined, TreeSet<String> into) {
        if (joined == null || joined.isEmpty()) return;
        for (String s : joined.split(String.valueOf(ITEM), -1)) into.add(s);
    }

    private static void pairs(List<String> out, String kind, Map<String, String> map) {
        map.forEach((k, v) -> out.add(line(kind, k, v)));
    }

    // A value is written as "=" and its text (tabs, line breaks and backslashes escaped), a null as nothing,
    // so that an empty text and a missing one stay apart.
    private static String line(String kind, String... values) {
        StringBuilder b = new StringBuilder(kind);
        for (String v : values) {
            b.append(FIELD);
            if (v == null) continue;
            b.append('=');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static String[] fields(String line) {
        String[] raw = line.split("\t", -1);
        String[] f = new String[raw.length];
        f[0] = raw[0];
        for (int i = 1; i < raw.length; i++) f[i] = raw[i].isEmpty() ? null : unescape(raw[i].substring(1));
        return f;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }
}
