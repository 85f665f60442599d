package ekg.ingest.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The token part of a {@link DocIndex}: token offsets for binary search and each sentence's token range. */
final class TokenIndex {
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] begins;
    private final int[] ends;
    private final int[] first;
    private final int[] end;
    private final String[] lowers;

    TokenIndex(Doc doc) {
        this.tokens = doc.tokens();
        this.sentences = doc.rawSentences();
        int n = tokens.size();
        begins = new int[n];
        ends = new int[n];
        lowers = new String[n];
        for (int i = 0; i < n; i++) {
            begins[i] = tokens.get(i).span().begin();
            ends[i] = tokens.get(i).span().end();
        }
        int count = Math.max(sentences == null ? 0 : sentences.size(), n == 0 ? 0 : tokens.get(n - 1).sentence() + 1);
        first = new int[count];
        end = new int[count];
        Arrays.fill(first, -1);
        Arrays.fill(end, -1);
        for (int i = 0; i < n; i++) {
            int s = tokens.get(i).sentence();
            if (first[s] < 0) first[s] = i;
            end[s] = i + 1;
        }
    }

    /** Whether this part still describes {@code doc}: built from the very token and sentence lists it carries. */
    boolean builtFrom(Doc doc) {
        return doc.rawTokens() == tokens && doc.rawSentences() == sentences;
    }

    int size() { return tokens.size(); }
    Token token(int i) { return tokens.get(i); }
    int sentenceCount() { return first.length; }
    int first(int s) { return s < 0 || s >= first.length ? -1 : first[s]; }
    int end(int s) { return s < 0 || s >= end.length ? -1 : end[s]; }

    List<Token> of(int s) {
        return first(s) < 0 ? List.of() : tokens.subList(first[s], end[s]);
    }

    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    int startingAt(int offset) {
        int i = firstEndingAfter(offset);
        return i < begins.length && begins[i] == offset ? i : -1;
    }

    int endingAt(int offset) {
        int i = firstEndingAfter(offset - 1);
        return i < ends.length && ends[i] == offset ? i : -1;
    }

    /** The character range of sentence {@code s}: its first token's begin to its last token's end. */
    Span range(int s) {
        return new Span(begins[first[s]], ends[end[s] - 1]);
    }

    String lower(int i) {
        String l = lowers[i];
        if (l == null) {
            l = tokens.get(i).text().toLowerCase(Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }
}
