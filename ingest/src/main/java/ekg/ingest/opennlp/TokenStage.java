package ekg.ingest.opennlp;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Sentence;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tokenises each sentence with OpenNLP's German model; token offsets are converted to document offsets here. */
public final class TokenStage implements Stage {
    private final ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(OpenNlpModels.tokens());

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
            for (opennlp.tools.util.Span t : tokenizer.tokenizePos(s.of(text))) {
                Span span = new Span(s.begin() + t.getStart(), s.begin() + t.getEnd());
                out.add(new Token(span, span.of(text), i));
            }
        }
        return doc.withTokens(out);
    }
}
