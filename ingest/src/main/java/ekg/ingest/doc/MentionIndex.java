package ekg.ingest.doc;

import java.util.ArrayList;
import java.util.List;

/** The mention part of a {@link DocIndex}: mentions by span and by sentence. */
final class MentionIndex {
    private final List<Mention> mentions;
    private final TokenIndex tokens;
    private SpanTable table;
    private List<List<Mention>> bySentence;

    MentionIndex(List<Mention> mentions, TokenIndex tokens) {
        this.mentions = mentions;
        this.tokens = tokens;
    }

    boolean builtFrom(Doc doc, TokenIndex tokens) {
        return doc.rawMentions() == mentions && this.tokens == tokens;
    }

    List<Mention> within(Span span) {
        return pick(table().within(span));
    }

    List<Mention> overlapping(Span span) {
        return pick(table().overlapping(span));
    }

    // Built on first use: the name stages ask only by sentence.
    private SpanTable table() {
        if (table == null) table = new SpanTable(mentions.stream().map(Mention::span).toList());
        return table;
    }

    List<Mention> ofSentence(int s) {
        if (bySentence == null) bySentence = bySentence();
        return s < 0 || s >= bySentence.size() ? List.of() : bySentence.get(s);
    }

    private List<List<Mention>> bySentence() {
        List<List<Mention>> out = new ArrayList<>(tokens.sentenceCount());
        for (int s = 0; s < tokens.sentenceCount(); s++) out.add(new ArrayList<>());
        for (Mention m : mentions) {
            // The first sentence whose last token ends after the mention begins is the only one it may overlap first.
            int t = tokens.firstEndingAfter(m.span().begin());
            if (t == tokens.size()) continue;
            int s = tokens.token(t).sentence();
            if (m.span().overlaps(tokens.range(s))) out.get(s).add(m);
        }
        List<List<Mention>> frozen = new ArrayList<>(out.size());
        for (List<Mention> l : out) frozen.add(List.copyOf(l));
        return List.copyOf(frozen);
    }

    private List<Mention> pick(int[] positions) {
        List<Mention> out = new ArrayList<>(positions.length);
        for (int p : positions) out.add(mentions.get(p));
        return out;
    }
}
