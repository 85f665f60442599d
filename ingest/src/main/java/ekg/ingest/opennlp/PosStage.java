package ekg.ingest.opennlp;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Token;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tags each sentence's tokens with Universal POS tags from OpenNLP's German UD model. */
public final class PosStage implements Stage {
    private final ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(OpenNlpModels.pos());

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
        List<Token> tokens = doc.tokens();
        List<String> tags = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int sentence = tokens.get(i).sentence();
            int j = i;
            while (j < tokens.size() && tokens.get(j).sentence() == sentence) j++;
            String[] words = tokens.subList(i, j).stream().map(Token::text).toArray(String[]::new);
            tags.addAll(List.of(tagger.tag(words)));
            i = j;
        }
        return doc.withPos(tags);
    }
}
