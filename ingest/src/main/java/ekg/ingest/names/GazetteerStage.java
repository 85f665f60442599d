package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds known names to the model's MENTIONS so that well-known names are never missed; see
 * {@link MentionMerger} for which wins when both found something. Found-by is "kb" for curated names
 * and "list" for names derived from training data.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(tokens).add(NameFinderStage.createDefault())
 *         .add(new GazetteerStage(NameLists.builtIn())).build();
 * }</pre>
 */
public final class GazetteerStage implements MentionStage {
    public static final String KB = "kb";
    public static final String LIST = "list";

    private final Gazetteer gazetteer;

    public GazetteerStage(NameLists lists) {
        this.gazetteer = Objects.requireNonNull(lists, "lists == null").gazetteer();
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public Doc process(Doc doc) {
        return Sentences.refine(doc, (sentence, model) -> {
            List<MentionMerger.Candidate> found = new ArrayList<>();
            for (Gazetteer.Match m : gazetteer.find(Sentences.words(sentence))) {
                Span span = new Span(sentence.get(m.start()).span().begin(), sentence.get(m.end() - 1).span().end());
                Mention mention = new Mention(span, doc.cover(span), m.type(), m.known() ? KB : LIST);
                found.add(new MentionMerger.Candidate(mention, m.known() || m.length() > 1, m.known(), m.genitive()));
            }
            return found.isEmpty() ? model : MentionMerger.merge(model, found);
        });
    }
}
