package ekg.graph.link;

import ekg.graph.link.EventMentions.Mention;
import ekg.graph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the event linker reads of a set of quads, as one text line per fact: a mention with everything
 * linking compares, an article's date and outlet, a place inside another. A distributed build sends these
 * lines, not the articles' quads, to where the events of each type are clustered ({@link #byType}): a
 * tenth of the size, and read back into exactly the {@link EventMentions} the quads would give. Two kinds
 * only such a build writes: that an article has a time phrase its own date cannot resolve (R), and the
 * date an undated article takes from the events it shares (A, {@link Dating}).
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
                case "R" -> facts.unresolved.add(f[1]);
                case "A" -> facts.datings.put(f[1], dating(f));
                default -> throw new IllegalArgumentException("not an event fact: " + f[0]);
            }
        }
        return r.finish();
    }

    /**
     * One article's facts (from {@link #of}) by the event type they are linked under, for a build that
     * links each type apart: a mention goes with its article event's type (the type of the event's first
     * mention, as the linker takes it), the article's date and outlet and, when one of its time phrases
     * needs a date it lacks, a line saying so (R), with every type the article has events of. Which place
     * lies in which is needed by every type: those lines are under {@link #EVERY_TYPE}.
     */
    public static Map<String, List<String>> byType(List<String> articleFacts) {
        TreeMap<String, Mention> mentions = new TreeMap<>();
        Map<Mention, String> lines = new HashMap<>();
        List<String> article = new ArrayList<>();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : articleFacts) {
            String[] f = fields(line);
            if (f[0].equals("M")) {
                Mention m = mention(f);
                if (m.type == null) continue;
                mentions.put(m.node.getURI(), m);
                lines.put(m, line);
            } else if (f[0].equals("C")) {
                out.computeIfAbsent(EVERY_TYPE, k -> new ArrayList<>()).add(line);
            } else {
                article.add(line);
            }
        }
        Map<Node, String> unitTypes = new HashMap<>();
        String unresolved = null;
        for (Mention m : mentions.values()) {
            String type = unitTypes.computeIfAbsent(m.sameAs != null ? m.sameAs : m.node, k -> m.type);
            out.computeIfAbsent(type, k -> new ArrayList<>()).add(lines.get(m));
            if (m.needsArticleDate()) unresolved = m.article;
        }
        for (String type : new TreeSet<>(unitTypes.values())) {
            List<String> typeLines = out.get(type);
            typeLines.addAll(article);
            if (unresolved != null) typeLines.add(line("R", unresolved));
        }
        return out;
    }

    /** The key of {@link #byType} for the facts every type needs. */
    public static final String EVERY_TYPE = "";

    /** The article a fact line is about (of a place's containment: null). */
    public static String articleOf(String line) {
        String[] f = fields(line);
        return switch (f[0]) {
            case "M" -> f[2];
            case "C" -> null;
            default -> f[1];
        };
    }

    /** Of two dating lines (A) for one article, the one linking all types at once would take. */
    public static String later(String a, String b) {
        Dating da = dating(fields(a));
        return Dating.later(da, dating(fields(b))) == da ? a : b;
    }

    static String line(Dating d) {
        return line("A", d.article(), d.begin(), d.order(), d.type(), d.time());
    }

    private static Dating dating(String[] f) {
        return new Dating(f[1], f[2], f[3], f[4], f[5]);
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
