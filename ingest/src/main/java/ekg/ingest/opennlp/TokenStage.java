package ekg.ingest.opennlp;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Sentence;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenises each sentence with OpenNLP's German model; token offsets are converted to document offsets
 * here. Hyphenated compounds ("NATO-Generalsekretär", "Kim Jong-un", "Kim-Il-Sung-Platz") are kept
 * whole, as German NER corpora tokenise them: the UD model cuts them at the hyphen.
 */
public final class TokenStage implements Stage {
    private static final String OPENING = "„“\"‚‘«»‹›[(";
    private static final String CLOSING = "“”\"‘«»‹›])";
    private final ChunkCuts tokenizer = new ChunkCuts(OpenNlpModels.tokens());

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Doc process(Doc doc) {
        String text = doc.text();
        List<Token> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i).span();
            List<Span> pieces = new ArrayList<>();
            for (Span t : tokenizer.tokenizePos(s.of(text))) pieces.add(new Span(s.begin() + t.begin(), s.begin() + t.end()));
            for (Span joined : joinHyphenated(text, pieces)) {
                for (Span span : splitQuotes(text, joined)) out.add(new Token(span, span.of(text), i));
            }
        }
        return doc.withTokens(out);
    }

    /** Joins touching pieces where a hyphen stands between two letters or digits. */
    static List<Span> joinHyphenated(String text, List<Span> pieces) {
        List<Span> out = new ArrayList<>();
        for (Span p : pieces) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == p.begin() && hyphenJoint(text, last, p)) {
                out.set(out.size() - 1, new Span(last.begin(), p.end()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Cuts quote marks and brackets off a word ("„Putins" -> „ Putins): the UD model leaves German quote
     * marks on the word, where no name list or model would recognise it. A final ’ stays: it may be a
     * genitive ("Paris’").
     */
    static List<Span> splitQuotes(String text, Span token) {
        int b = token.begin();
        int e = token.end();
        while (e - b > 1 && OPENING.indexOf(text.charAt(b)) >= 0) b++;
        while (e - b > 1 && CLOSING.indexOf(text.charAt(e - 1)) >= 0) e--;
        if (b == token.begin() && e == token.end()) return List.of(token);
        List<Span> out = new ArrayList<>();
        for (int i = token.begin(); i < b; i++) out.add(new Span(i, i + 1));
        out.add(new Span(b, e));
        for (int i = e; i < token.end(); i++) out.add(new Span(i, i + 1));
        return out;
    }

    private static boolean hyphenJoint(String text, Span left, Span right) {
        char before = text.charAt(left.end() - 1);
        char after = text.charAt(right.begin());
        boolean rightHasMore = right.length() > 1 || right.end() < text.length() && isWordChar(text.charAt(right.end()));
        if (after == '-' && isWordChar(before)) return rightHasMore;
        return before == '-' && isWordChar(after) && left.length() > 1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
