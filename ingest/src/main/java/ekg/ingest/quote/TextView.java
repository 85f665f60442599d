package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.role.RoleMentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the quote finders know of a document beyond its {@link DocIndex}: which tokens lie inside quote
 * marks and which start a speaker-capable mention (PER, ORG, LOC), names repeated without a mention
 * included; sentences, tokens by offset and paragraphs come from the index. Built once per document;
 * read-only afterwards.
 */
final class TextView {
    final Doc doc;
    final String text;
    private final List<Token> tokens;
    private final List<String> pos;
    private final DocIndex ix;
    private final boolean[] quoted;
    private final Mention[] mentionAt;
    private final int[] mentionLast;
    private final boolean[] inMention;
    private final Map<Span, String> echoKeys = new HashMap<>();
    private CueLexicon cueLexicon;
    private CarryOver cueSpeakers;

    TextView(Doc doc, List<QuoteSpanFinder.Pair> pairs) {
        this.doc = doc;
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.pos = doc.pos();
        this.ix = doc.index();
        int n = tokens.size();
        quoted = new boolean[n];
        mentionAt = new Mention[n];
        mentionLast = new int[n];
        inMention = new boolean[n];
        for (QuoteSpanFinder.Pair p : pairs) markQuoted(new Span(p.open(), p.close() + 1));
        List<Mention> named = doc.mentions().stream().filter(m -> m.type() != EntityType.OTH).toList();
        named.forEach(this::indexMention);
        doc.mentions().forEach(m -> markMention(m.span()));
        indexEchoes(named);
    }

    private void markQuoted(Span s) {
        for (int i = firstTokenAtOrAfter(s.begin()); i < tokens.size() && tokens.get(i).span().begin() < s.end(); i++) {
            quoted[i] = true;
        }
    }

    private void indexMention(Mention m) {
        int first = firstTokenAtOrAfter(m.span().begin());
        if (first > 0 && tokens.get(first - 1).span().end() > m.span().begin()) first--;
        if (first >= tokens.size() || tokens.get(first).span().begin() >= m.span().end()) return;
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).span().begin() < m.span().end()) last++;
        // "US-Außenministerin": a mention of the whole word wins over one of its first part
        Mention old = mentionAt[first];
        if (old == null || old.span().end() < tokens.get(mentionLast[first]).span().end() && m.span().end() > old.span().end()) {
            mentionAt[first] = m;
            mentionLast[first] = last;
        }
    }

    private void markMention(Span s) {
        for (int i = firstTokenAtOrAfter(s.begin()); i < tokens.size() && tokens.get(i).span().begin() < s.end(); i++) {
            inMention[i] = true;
        }
    }

    /**
     * The name finder misses some repetitions of a name it found elsewhere ("Putin" after "Wladimir
     * Putin"); a token run spelled exactly like a resolved mention (or like the surname of a resolved
     * person), outside any mention, stands for the same entity, as long as that spelling belongs to
     * one entity only and is a name, not a description.
     */
    private void indexEchoes(List<Mention> named) {
        Map<String, Mention> bySurface = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        for (Mention m : named) {
            String key = entityKey(m.span());
            // a description ("der Sprecher") names whoever holds that role in its sentence: "ein Sprecher der
            // Stadt" further on is someone else
            if (key == null || RoleMentions.FOUND_BY.equals(m.foundBy())) continue;
            addSurface(m.text(), m, key, bySurface, keyOf);
            String surname = m.type() == EntityType.PER ? lastOfSeveral(m.text()) : null;
            if (surname != null) addSurface(surname, m, key, bySurface, keyOf);
        }
        // Spellings of one entity only, longest first, by first letter: a token is compared only with
        // the spellings that begin as it does.
        List<Map.Entry<String, Mention>> longestFirst = new ArrayList<>(bySurface.entrySet());
        longestFirst.removeIf(e -> keyOf.get(e.getKey()).isEmpty());
        longestFirst.sort((a, b) -> b.getKey().length() - a.getKey().length());
        Map<Character, List<Map.Entry<String, Mention>>> byFirst = new HashMap<>();
        for (Map.Entry<String, Mention> e : longestFirst) {
            byFirst.computeIfAbsent(e.getKey().charAt(0), c -> new ArrayList<>()).add(e);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (inMention[i] || quoted[i]) continue;
            char first = text.charAt(tokens.get(i).span().begin());
            for (Map.Entry<String, Mention> e : byFirst.getOrDefault(first, List.of())) {
                int last = echoAt(i, e.getKey());
                if (last < 0) continue;
                Span span = new Span(tokens.get(i).span().begin(), tokens.get(last).span().end());
                mentionAt[i] = new Mention(span, e.getKey(), e.getValue().type(), "quote:echo");
                mentionLast[i] = last;
                echoKeys.put(span, keyOf.get(e.getKey()));
                break;
            }
        }
    }

    /** Registers a spelling of an entity; a spelling shared by two entities is marked unusable (""). */
    private static void addSurface(String surface, Mention m, String key, Map<String, Mention> bySurface,
                                   Map<String, String> keyOf) {
        if (surface.length() < 3 || !Character.isUpperCase(surface.charAt(0))) return;
        String old = keyOf.putIfAbsent(surface, key);
        if (old != null && !old.equals(key)) keyOf.put(surface, "");
        bySurface.putIfAbsent(surface, m);
    }

    /** The last token of {@code surface} spelled from token {@code i} on, ending at a token end; -1 if not. */
    private int echoAt(int i, String surface) {
        int begin = tokens.get(i).span().begin();
        if (!text.startsWith(surface, begin)) return -1;
        int end = begin + surface.length();
        for (int j = i; j < tokens.size() && tokens.get(j).span().begin() < end; j++) {
            if (inMention[j]) return -1;
            if (tokens.get(j).span().end() == end) return j;
        }
        return -1;
    }

    int size() { return tokens.size(); }
    Token token(int i) { return tokens.get(i); }
    /**
     * The article's cues and the speakers they name, found once for all finders that read with the same
     * lexicon: marked and unmarked speech share them, and finding them is most of a finder's work.
     */
    CarryOver cueSpeakers(CueLexicon lexicon) {
        if (cueSpeakers == null || cueLexicon != lexicon) {
            cueSpeakers = new CarryOver(this, new CueFinder(lexicon).find(this), new SpeakerFinder(this));
            cueLexicon = lexicon;
        }
        return cueSpeakers;
    }

    String word(int i) { return tokens.get(i).text(); }
    String lower(int i) { return ix.lower(i); }
    String pos(int i) { return pos.get(i); }
    boolean quoted(int i) { return quoted[i]; }
    int sentence(int i) { return tokens.get(i).sentence(); }
    /** First token of sentence {@code s}, or -1 when it has none. */
    int sentFirst(int s) { return ix.firstToken(s); }
    /** Last token of sentence {@code s}, or -2 when it has none. */
    int sentLast(int s) { return ix.endToken(s) - 1; }
    /** The PER/ORG/LOC mention starting at token {@code i}, or null. */
    Mention mentionAt(int i) { return mentionAt[i]; }
    /** The last token of the mention starting at {@code i}. */
    int mentionLast(int i) { return mentionLast[i]; }

    /** Whether token {@code i} is part of a name ("Bank" in "Deutsche Bank"). */
    boolean partOfName(int i) {
        return nameStart(i) >= 0;
    }

    /** The first token of the name that token {@code i} is part of, or -1; names run at most seven tokens. */
    int nameStart(int i) {
        for (int k = i; k >= Math.max(0, i - 6); k--) {
            if (mentionAt[k] != null && mentionLast[k] >= i) return k;
        }
        return -1;
    }

    /** The mention at {@code i} is the first part of a compound (US-Streitkräfte, WWF-Sprecher), whose head is another thing. */
    boolean compoundModifier(int i) {
        int end = mentionAt[i].span().end();
        return end < tokens.get(mentionLast[i]).span().end() && text.charAt(end) == '-';
    }

    boolean isTag(int i, String tag) {
        String p = pos.get(i);
        return p.equals(tag) || (p.length() > tag.length() && p.charAt(tag.length()) == '+' && p.startsWith(tag));
    }

    boolean isWord(int i, String w) {
        return tokens.get(i).text().equalsIgnoreCase(w);
    }

    /** The paragraph number of a character offset (see {@link DocIndex#paragraphOf}). */
    int paragraphOf(int offset) {
        return ix.paragraphOf(offset);
    }

    /** The first token that ends after {@code offset}; {@code size()} when none does. */
    int firstTokenAtOrAfter(int offset) {
        return ix.firstTokenEndingAfter(offset);
    }

    /** The last word of a name of several words, as a split at white space gives it; null for one word. */
    static String lastOfSeveral(String name) {
        int end = name.length();
        while (end > 0 && NonSpeechFilter.isSpace(name.charAt(end - 1))) end--;
        String last = NonSpeechFilter.lastWord(name.substring(0, end));
        return !last.isEmpty() && last.length() < end ? last : null;
    }

    /** The key of the entity that {@code mention} belongs to, or null when the resolver left it alone. */
    String entityKey(Span mention) {
        if (echoKeys.containsKey(mention)) return echoKeys.get(mention);
        if (!ix.entitiesAt(mention).isEmpty()) return ix.entitiesAt(mention).get(0).key();
        List<DocIndex.EntityMention> around = ix.entityMentionsContaining(mention);
        return around.isEmpty() ? null : around.get(0).entity().key();
    }
}
