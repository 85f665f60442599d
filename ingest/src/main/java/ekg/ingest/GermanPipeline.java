package ekg.ingest;

import ekg.ingest.opennlp.OpenNlpModels;
import ekg.ingest.opennlp.PosStage;
import ekg.ingest.opennlp.SentenceStage;
import ekg.ingest.opennlp.TokenStage;
import ekg.ingest.opennlp.ner.NameFinderStage;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.quote.QuoteStage;
import ekg.ingest.resolve.MentionResolver;

/**
 * ekg's extraction for German news: sentences, tokens, POS, names, entities within the article, and
 * quotes. Models load once, on first use; the pipeline is safe to share between threads.
 *
 * <pre>{@code
 * Pipeline p = GermanPipeline.create();
 * Doc doc = p.process(article.toDoc());
 * }</pre>
 */
public final class GermanPipeline {
    /** The default name finder model, as provenance names it. */
    public static final String NER_MODEL = "de-ner-ekg.bin";

    private GermanPipeline() {
    }

    public static Pipeline create() {
        return Pipeline.builder()
                .add(new SentenceStage())
                .add(new TokenStage())
                .add(new PosStage())
                .add(NameFinderStage.createDefault())
                .add(new MentionResolver())
                .add(new QuoteStage())
                .build();
    }

    /** The models the pipeline runs with, for provenance. */
    public static String models() {
        return OpenNlpModels.describe() + " " + NER_MODEL;
    }
}
