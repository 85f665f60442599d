package ekg.ingest;

import ekg.ingest.correct.CorrectionStage;
import ekg.ingest.event.EventStage;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.opennlp.OpenNlpModels;
import ekg.ingest.opennlp.PosStage;
import ekg.ingest.opennlp.SentenceStage;
import ekg.ingest.opennlp.TokenStage;
import ekg.ingest.opennlp.ner.NameFinderChain;
import ekg.ingest.names.NameLists;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.quote.QuoteStage;
import ekg.ingest.resolve.KbResolver;
import ekg.ingest.role.RoleMentions;
import ekg.ingest.role.RoleStage;
import ekg.ingest.resolve.MentionResolver;
import ekg.ingest.resolve.RepeatedNames;
import ekg.ingest.time.TimeStage;

/**
 * ekg's extraction for German news: sentences, tokens, POS, names (model, known names, rules), entities within the article (with
 * their knowledge-base identity and role phrases such as "der Kremlchef"), quotes, time phrases, events, and corrections applied. Models load once, on first use; the pipeline is safe to share between threads.
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
        return create(KnowledgeBase.builtIn());
    }

    /** The pipeline with a knowledge base of one's own (e.g. the built-in one and a user's file). */
    public static Pipeline create(KnowledgeBase kb) {
        NameLists lists = NameLists.builtIn(kb);
        Pipeline.Builder b = Pipeline.builder()
                .add(new SentenceStage())
                .add(new TokenStage())
                .add(new PosStage());
        NameFinderChain.defaults(lists).forEach(b::add);
        return b.add(new RepeatedNames(lists))
                .add(new MentionResolver())
                .add(new KbResolver(kb))
                .add(new RoleStage(lists, kb))
                .add(new RoleMentions(lists))
                .add(new QuoteStage())
                .add(new TimeStage())
                .add(new EventStage(kb))
                .add(new CorrectionStage())
                .build();
    }

    /** The models the pipeline runs with, for provenance. */
    public static String models() {
        return OpenNlpModels.describe() + " " + NER_MODEL;
    }
}
