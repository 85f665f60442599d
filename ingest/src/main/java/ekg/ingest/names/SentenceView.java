package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.List;

/** One sentence's tokens with the mentions its rules are editing (a working copy, not the Doc's layer), in token indices. */
final class SentenceView {
    private final Doc doc;
    private final List<Token> tokens;
    private final List<Mention> mentions;

    SentenceView(Doc doc, List<Token> tokens, List<Mention> mentions) {
        this.doc = doc;
        this.tokens = tokens;
        this.mentions = mentions;
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** The mention covering token {@code i}, or null. */
    Mention at(int i) {
        Span t = tokens.get(i).span();
        for (Mention m : mentions) {
            if (m.span().overlaps(t)) return m;
        }
        return null;
    }

    boolean startsAt(Mention m, int i) {
        return m.span().begin() == tokens.get(i).span().begin();
    }

    /** The index after the mention's last token in this sentence, or 0 when it covers none. */
    int endIndex(Mention m) {
        int k = firstEndingAfter(m.span().begin());
        int end = 0;
        for (; k < tokens.size() && tokens.get(k).span().begin() < m.span().end(); k++) end = k + 1;
        return end;
    }

    /** How many of this sentence's tokens the mention covers. */
    int tokens(Mention m) {
        int k = firstEndingAfter(m.span().begin());
        int n = 0;
        for (; k < tokens.size() && tokens.get(k).span().begin() < m.span().end(); k++) n++;
        return n;
    }

    /**
     * The first token that ends after {@code offset}. The tokens stand in text order without overlap, so
     * the tokens a span overlaps run on from there: the rules ask this for most words of a sentence,
     * and a scan of the whole sentence each time made them cost its length squared.
     */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() > offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    void add(int start, int end, EntityType type) {
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        Mention m = NameRules.mention(doc, span, type);
        mentions.removeIf(o -> o.span().overlaps(span));
        mentions.add(m);
    }

    void retype(Mention m, EntityType type) {
        mentions.set(mentions.indexOf(m), new Mention(m.span(), m.text(), type, NameRules.FOUND_BY));
    }

    void remove(Mention m) {
        mentions.remove(m);
    }

    void replace(Mention m, int start, int end, EntityType type) {
        mentions.remove(m);
        add(start, end, type);
    }
}
