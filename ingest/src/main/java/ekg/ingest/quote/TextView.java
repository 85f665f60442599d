package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Sentence;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document seen as the quote finders need it: tokens with their tags, which tokens lie inside
 * quote marks, which tokens start a speaker-capable mention (PER, ORG, LOC), sentence token ranges
 * and paragraph numbers. Built once per document; read-only afterwards.
 */
final class TextView {
    final Doc doc;
    final String text;
    private final List<Token> tokens;
    private final List<String> pos;
    private final boolean[] quoted;
    private final Mention[] mentionAt;
    private final int[] mentionLast;
    private final int[] sentFirst;
    private final int[] sentLast;
    private final List<Integer> paragraphBreaks = new ArrayList<>();

    TextView(Doc doc, List<QuoteSpanFinder.Pair> pairs) {
        this.doc = doc;
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.pos = doc.pos();
        int n = tokens.size();
        quoted = new boolean[n];
        mentionAt = new Mention[n];
        mentionLast = new int[n];
        int sentences = Math.max(doc.sentences().size(), tokens.isEmpty() ? 0 : tokens.get(n - 1).sentence() + 1);
        sentFirst = new int[sentences];
        sentLast = new int[sentences];
        Arrays.fill(sentFirst, -1);
        Arrays.fill(sentLast, -2);
        for (int i = 0; i < n; i++) {
            int s = tokens.get(i).sentence();
            if (sentFirst[s] < 0) sentFirst[s] = i;
            sentLast[s] = i;
        }
        for (QuoteSpanFinder.Pair p : pairs) markQuoted(new Span(p.open(), p.close() + 1));
        doc.mentions().stream().filter(m -> m.type() != EntityType.OTH).forEach(this::indexMention);
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == '\n' && text.charAt(i) != '\n') paragraphBreaks.add(i);
        }
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
        if (mentionAt[first] == null) {
            mentionAt[first] = m;
            mentionLast[first] = last;
        }
    }

    int size() { return tokens.size(); }
    Token token(int i) { return tokens.get(i); }
    String word(int i) { return tokens.get(i).text(); }
    String lower(int i) { return tokens.get(i).text().toLowerCase(Locale.ROOT); }
    String pos(int i) { return pos.get(i); }
    boolean quoted(int i) { return quoted[i]; }
    int sentence(int i) { return tokens.get(i).sentence(); }
    int sentenceCount() { return sentFirst.length; }
    /** First token of sentence {@code s}, or -1 when it has none. */
    int sentFirst(int s) { return s < 0 || s >= sentFirst.length ? -1 : sentFirst[s]; }
    /** Last token of sentence {@code s}, or -2 when it has none. */
    int sentLast(int s) { return s < 0 || s >= sentLast.length ? -2 : sentLast[s]; }
    /** The PER/ORG/LOC mention starting at token {@code i}, or null. */
    Mention mentionAt(int i) { return mentionAt[i]; }
    /** The last token of the mention starting at {@code i}. */
    int mentionLast(int i) { return mentionLast[i]; }

    boolean isTag(int i, String tag) {
        String p = pos.get(i);
        return p.equals(tag) || p.startsWith(tag + "+");
    }

    boolean isWord(int i, String w) {
        return tokens.get(i).text().equalsIgnoreCase(w);
    }

    /** The paragraph number of a character offset; any line break starts a paragraph. */
    int paragraphOf(int offset) {
        int i = java.util.Collections.binarySearch(paragraphBreaks, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The first token that ends after {@code offset}; {@code size()} when none does. */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The sentence that holds {@code offset}, or the next one after it; -1 past the last. */
    int sentenceAt(int offset) {
        List<Sentence> ss = doc.sentences();
        for (int s = 0; s < ss.size(); s++) {
            if (ss.get(s).span().end() > offset) return s;
        }
        return -1;
    }

    /** The key of the entity that {@code mention} belongs to, or null when the resolver left it alone. */
    String entityKey(Span mention) {
        for (Entity e : doc.entities()) {
            if (e.mentions().contains(mention)) return e.key();
        }
        for (Entity e : doc.entities()) {
            if (e.mentions().stream().anyMatch(s -> s.contains(mention))) return e.key();
        }
        return null;
    }
}
