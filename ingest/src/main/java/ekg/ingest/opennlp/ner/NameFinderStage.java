package ekg.ingest.opennlp.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds names (PER, ORG, LOC, OTH) sentence by sentence and adds them as the MENTIONS layer, with
 * character spans from the first name token's begin to the last one's end.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(sentences).add(tokens).add(NameFinderStage.createDefault()).build();
 * }</pre>
 */
public final class NameFinderStage implements Stage {
    private final String foundBy;
    // NameFinderME keeps per-document state and is not thread-safe: one per thread, all sharing one model.
    private final ThreadLocal<NameFinderME> finder;

    /** A stage over a loaded model; {@code modelName} goes into each mention's {@code foundBy} as "ner:name". */
    public NameFinderStage(TokenNameFinderModel model, String modelName) {
        Objects.requireNonNull(model, "model == null");
        Objects.requireNonNull(modelName, "modelName == null");
        this.foundBy = "ner:" + modelName;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The stage with ekg's default German model from the classpath. */
    public static NameFinderStage createDefault() {
        return new NameFinderStage(NerModels.defaultModel(), NerModels.DEFAULT_NAME);
    }

    /** The stage with a model file; the file name without ".bin" becomes the model's name. */
    public static NameFinderStage fromFile(Path model) throws IOException {
        String name = model.getFileName().toString().replaceFirst("\\.bin$", "");
        return new NameFinderStage(NerModels.load(model), name);
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Doc process(Doc doc) {
        NameFinderME me = finder.get();
        List<Mention> out = new ArrayList<>();
        try {
            DocIndex ix = doc.index();
            for (int s = 0; s < ix.sentenceCount(); s++) {
                if (!ix.tokensOf(s).isEmpty()) find(me, doc, ix.tokensOf(s), out);
            }
        } finally {
            // Adaptive data remembers this document's names; it must not bias the next document.
            me.clearAdaptiveData();
        }
        return doc.withMentions(out);
    }

    private void find(NameFinderME me, Doc doc, List<Token> sentence, List<Mention> out) {
        String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
        for (opennlp.tools.util.Span s : me.find(words)) {
            Span span = new Span(sentence.get(s.getStart()).span().begin(), sentence.get(s.getEnd() - 1).span().end());
            String text = doc.cover(span);
            // the model now and then tags a lone comma or dash: a name has a letter or a digit
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            out.add(new Mention(span, text, EntityType.parse(s.getType()), foundBy));
        }
    }
}
