package ekg.ingest.time;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.TimeExpression;
import ekg.ingest.pipeline.Stage;
import ekg.ingest.time.TimeGrammar.Found;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds German time phrases and normalizes them to ISO dates, months, years or intervals against the
 * article's anchor (its publication date, or a date inferred from its text, see {@link AnchorInference}).
 * A relative phrase the anchor cannot resolve is kept with no value, so it can be resolved later.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new TimeStage()).build();
 * doc.times();  // "am Dienstag (18. Juni)" -> 2024-06-18, anchor "published 2024-06; reference day ..."
 * }</pre>
 */
public final class TimeStage implements Stage {
    static final String NO_ANCHOR = "none: the article has no date and its text gives none";

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Doc process(Doc doc) {
        List<Found> found = TimeGrammar.find(doc.text());
        Anchor anchor = AnchorInference.anchor(doc.metadata().published(), found);
        List<TimeExpression> times = new ArrayList<>();
        for (Found f : found) {
            String value = TimeResolver.resolve(f, anchor);
            String how = f.absolute() ? null : anchor == null ? NO_ANCHOR : anchor.how();
            times.add(new TimeExpression(f.span(), f.text(), value, how));
        }
        return doc.withTimes(times);
    }
}
