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

    /** The index after the mention's last token in this sentence. */
    int endIndex(Mention m) {
        int end = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (m.span().overlaps(tokens.get(i).span())) end = i + 1;
        }
        return end;
    }

    /** How many of this sentence's tokens the mention covers. */
    int tokens(Mention m) {
        int n = 0;
        for (Token t : tokens) {
            if (m.span().overlaps(t.span())) n++;
        }
        return n;
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
