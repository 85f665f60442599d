package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the event rules read of an article beyond its {@link DocIndex}: sentences re-joined where a
 * sentence detector took an ordinal's dot for a full stop, clauses, the names in a stretch of tokens
 * with the entity each stands for, and places the knowledge base knows; tokens by offset, mentions by
 * span and paragraphs come from the index.
 */
final class DocView {
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\.");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern DAY_OR_ORDINAL = Pattern.compile("\\d{1,2}\\.?");
    private static final Pattern MONTH = Pattern.compile(
            "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "–", "—", "-", "\"", "„", "“", "”");

    /** A name in the text, the entity key it stands for, and that entity's label. */
    record Name(Mention mention, String key, String label) {
        EntityType type() {
            return mention.type();
        }

        /** "Putins", "Nordkoreas": the name in the genitive, where the entity's own name has no -s. */
        boolean genitive() {
            String t = mention.text();
            return (t.endsWith("s") || t.endsWith("'")) && !t.equals(label) && !label.endsWith("s");
        }
    }

    final Doc doc;
    final List<Token> tokens;
    private final List<String> pos;
    private final Map<String, String> labelOf = new HashMap<>();
    private final KbPlaces places;
    private final KnowledgeBase kb;
    private final int[] sentenceOf;
    private final DocIndex ix;
    /** Per joined sentence, its first token and the token after its last: rules ask per trigger. */
    private final int[] sentenceFrom;
    private final int[] sentenceTo;
    private boolean[] named;

    DocView(Doc doc, KnowledgeBase kb) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.pos = doc.pos();
        this.kb = kb;
        this.ix = doc.index();
        this.places = new KbPlaces(doc, kb);
        for (Entity e : doc.entities()) labelOf.put(e.key(), e.label());
        this.sentenceOf = joinOrdinalSplits();
        int sentences = sentenceOf.length == 0 ? 0 : sentenceOf[sentenceOf.length - 1] + 1;
        this.sentenceFrom = new int[sentences];
        this.sentenceTo = new int[sentences];
        for (int i = sentenceOf.length - 1; i >= 0; i--) sentenceFrom[sentenceOf[i]] = i;
        for (int i = 0; i < sentenceOf.length; i++) sentenceTo[sentenceOf[i]] = i + 1;
    }

    /**
     * Sentence numbers per token, with a sentence that ends in an ordinal ("am 19.") joined to the next
     * when that goes on in lower case or with a month: sentence detectors take the ordinal's dot for a full stop.
     */
    private int[] joinOrdinalSplits() {
        int[] ids = new int[tokens.size()];
        int id = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.get(i).sentence() != tokens.get(i - 1).sentence() && !ordinalSplit(i)) id++;
            ids[i] = id;
        }
        return ids;
    }

    private boolean ordinalSplit(int firstOfNext) {
        String before = word(firstOfNext - 1);
        boolean ordinal = ORDINAL.matcher(before).matches()
                || before.equals(".") && DAY.matcher(word(firstOfNext - 2)).matches();
        String next = word(firstOfNext);
        return ordinal && !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || DAY_OR_ORDINAL.matcher(next).matches()
                || MONTH.matcher(next).matches());
    }

    /**
     * Whether token {@code i} lies in a person's name or in a name of several words, where no trigger
     * stands ("Anton Reisinger", "Baltic Trading Company").
     */
    boolean inName(int i) {
        if (named == null) {
            named = new boolean[tokens.size()];
            for (Mention m : doc.mentions()) {
                int from = tokenAt(m.span().begin());
                int to = tokenAt(m.span().end() - 1);
                if (m.type() != EntityType.PER && from == to) continue;
                for (int k = from; k <= to && k < named.length; k++) named[k] = true;
            }
        }
        return named[i];
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** Token {@code i} in lower case, or "" outside the text: every rule of every trigger asks for the words around it. */
    String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : ix.lower(i);
    }

    String pos(int i) {
        return i >= 0 && i < pos.size() ? pos.get(i) : "";
    }

    int sentenceOf(int i) {
        return sentenceOf[i];
    }

    /** Token indices [from, to) of the sentence of token {@code i}. */
    int[] sentence(int i) {
        int s = sentenceOf(i);
        return new int[] {sentenceFrom[s], sentenceTo[s]};
    }

    /** Token indices [from, to) of the clause of token {@code i}: its sentence cut at commas, colons, dashes and quote marks. */
    int[] clause(int i) {
        int[] s = sentence(i);
        int from = i;
        int to = i + 1;
        while (from > s[0] && !CLAUSE_BREAKS.contains(word(from - 1))) from--;
        while (to < s[1] && !CLAUSE_BREAKS.contains(word(to))) to++;
        return new int[] {from, to};
    }

    boolean breaksClause(int i) {
        return CLAUSE_BREAKS.contains(word(i));
    }

    Span span(int from, int to) {
        return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }

    /** The names standing within tokens [from, to), in text order. */
    List<Name> names(int from, int to) {
        List<Name> out = new ArrayList<>();
        if (from >= to) return out;
        for (Mention m : ix.mentionsWithin(span(from, to))) {
            String key = keyOf(m.span());
            if (key != null) out.add(new Name(m, key, labelOf.get(key)));
        }
        return out;
    }

    /** The key of the entity with a mention at {@code span}; of the last such entity, should there be two. */
    private String keyOf(Span span) {
        List<Entity> at = ix.entitiesAt(span);
        return at.isEmpty() ? null : at.get(at.size() - 1).key();
    }

    /** The token holding a character offset, else the next; the last token when none follows. */
    int tokenAt(int charOffset) {
        int i = ix.firstTokenEndingAfter(charOffset);
        return i < tokens.size() ? i : tokens.size() - 1;
    }

    /** The paragraph of a character offset (see {@link DocIndex#paragraphOf}). */
    int paragraph(int charOffset) {
        return ix.paragraphOf(charOffset);
    }

    /**
     * The entity a word stands for: an entity of the article named so (in any case), else the one
     * entry of the knowledge base with that name; null when neither settles it.
     */
    Name resolveWord(String word, Span where) {
        if (word.isBlank()) return null;
        for (Entity e : doc.entities()) {
            boolean named = e.label().equalsIgnoreCase(word)
                    || e.mentions().stream().anyMatch(s -> doc.cover(s).equalsIgnoreCase(word));
            if (named) return new Name(new Mention(where, word, e.type(), "event-rule"), e.key(), e.label());
        }
        List<KbEntry> hits = kb.byName(word);
        if (hits.size() != 1) return null;
        KbEntry k = hits.get(0);
        return new Name(new Mention(where, word, k.type(), "event-rule"), k.key(), k.name());
    }

    /**
     * The knowledge base's place named by tokens [from, to), trying the other endings of an inflected
     * adjective ("Fernem Osten", "Ferner Osten"), or null.
     */
    String kbPlaceAt(int from, int to) {
        return places.at(from, to);
    }
}
