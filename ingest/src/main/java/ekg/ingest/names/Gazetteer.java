package ekg.ingest.names;

import ekg.ingest.doc.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Known names as a trie over tokens, matched longest-first and case-sensitively. The last token of a
 * match may carry a German genitive ending ("Putins", "Nordkoreas", "Lindner'"). Names that begin with a
 * lower-case letter, and one-letter names, would match ordinary words and are not added, with three
 * exceptions for curated names, whose forms a person checked: one lower-case word ("dpa", "n-tv"), a name
 * that opens with a particle ("von der Leyen", "al-Assad") and a currency sign ("€").
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.builder().add("Jens Stoltenberg", EntityType.PER, true).build();
 * List<Gazetteer.Match> m = g.find(List.of("Generalsekretär", "Jens", "Stoltenberg", "sagte"));
 * }</pre>
 */
public final class Gazetteer {
    private final Node root;
    private final int size;

    private Gazetteer(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number of names held. */
    public int size() {
        return size;
    }

    /**
     * A name found at token indices {@code [start, end)}; {@code known} when it comes from a curated source
     * (the knowledge base) rather than from lists derived from training data; {@code genitive} when its
     * last token carries the genitive ending.
     */
    public record Match(int start, int end, EntityType type, boolean known, boolean genitive) {
        public Match {
            Objects.requireNonNull(type, "type == null");
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad match [" + start + "," + end + ")");
        }

        public int length() {
            return end - start;
        }
    }

    /**
     * Non-overlapping matches, left to right, the longest at each position; but a name in the genitive
     * stands alone before another name ("Russlands Fernem Osten" is "Russlands" and "Fernem Osten"), as
     * German NER guidelines tag it.
     */
    public List<Match> find(List<String> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = genitiveAt(tokens, i);
            if (m == null) m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The longest name starting at token {@code start}, or null. */
    public Match longestAt(List<String> tokens, int start) {
        Node node = root;
        Match best = null;
        for (int i = start; i < tokens.size() && node != null; i++) {
            String t = tokens.get(i);
            Node genitive = node.next(Genitive.base(t));
            if (genitive != null && genitive.type != null) {
                best = new Match(start, i + 1, genitive.type, genitive.known, true);
            }
            node = node.next(t);
            if (node != null && node.type != null) best = new Match(start, i + 1, node.type, node.known, false);
        }
        return best;
    }

    private Match genitiveAt(List<String> tokens, int i) {
        Node base = root.next(Genitive.base(tokens.get(i)));
        if (base == null || base.type == null || i + 1 >= tokens.size()) return null;
        Match next = longestAt(tokens, i + 1);
        return next == null ? null : new Match(i, i + 1, base.type, base.known, true);
    }

    /** The type of a name given as tokens, exactly as listed (no genitive), or null. */
    public EntityType typeOf(List<String> tokens) {
        Node node = root;
        for (String t : tokens) {
            node = node.next(t);
            if (node == null) return null;
        }
        return node.type;
    }

    private static final class Node {
        private Map<String, Node> children;
        private EntityType type;
        private boolean known;

        Node next(String token) {
            return token == null || children == null ? null : children.get(token);
        }

        Node child(String token) {
            if (children == null) children = new HashMap<>(4);
            return children.computeIfAbsent(token, k -> new Node());
        }
    }

    /** Collects names; a known (curated) entry replaces a derived one with the same tokens, never the reverse. */
    public static final class Builder {
        private final Node root = new Node();
        private int size;

        /** Adds a name written with spaces between its tokens; returns false if it was skipped as unsafe. */
        public boolean add(String name, EntityType type, boolean known) {
            Objects.requireNonNull(name, "name == null");
            return add(NameTokens.split(name), type, known);
        }

        /** Adds a name given as tokens; returns false if it was skipped as unsafe. */
        public boolean add(List<String> tokens, EntityType type, boolean known) {
            Objects.requireNonNull(type, "type == null");
            if (!safe(tokens, known)) return false;
            Node n = root;
            for (String t : tokens) n = n.child(t);
            if (n.type == null) size++;
            if (n.type == null || known || !n.known) {
                n.type = type;
                n.known = known;
            }
            return true;
        }

        private static boolean safe(List<String> tokens, boolean known) {
            if (tokens.isEmpty()) return false;
            String first = tokens.get(0);
            int c = first.codePointAt(0);
            boolean oneLetter = tokens.size() == 1 && first.codePointCount(0, first.length()) == 1;
            if (known && Character.getType(c) == Character.CURRENCY_SYMBOL) return tokens.size() > 1 || oneLetter;
            if (Character.isUpperCase(c) || Character.isDigit(c)) return !oneLetter;
            return known && !oneLetter && (tokens.size() == 1 || PARTICLE.matcher(first).matches());
        }

        // Lower-case words that open a person's name: "von der Leyen", "de Maizière", "al-Assad".
        private static final Pattern PARTICLE = Pattern.compile(
                "von|van|de|di|da|del|della|du|le|la|ten|ter|zu|bin|ibn|(al|el|as|ad|ash|at)-\\p{Lu}.*");

        public Gazetteer build() {
            return new Gazetteer(root, size);
        }
    }
}
