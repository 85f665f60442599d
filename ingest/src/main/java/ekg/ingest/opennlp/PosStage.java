package ekg.ingest.opennlp;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Token;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tags each sentence's tokens with Universal POS tags from OpenNLP's German UD model. */
public final class PosStage implements Stage {
    private final ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(OpenNlpModels.posTagging());

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.POS);
    }

    @Override
    public Doc process(Doc doc) {
        DocIndex ix = doc.index();
        List<String> tags = new ArrayList<>(doc.tokens().size());
        for (int s = 0; s < ix.sentenceCount(); s++) {
            List<Token> sentence = ix.tokensOf(s);
            if (sentence.isEmpty()) continue;
            tags.addAll(List.of(tagger.tag(sentence.stream().map(Token::text).toArray(String[]::new))));
        }
        return doc.withPos(tags);
    }
}
