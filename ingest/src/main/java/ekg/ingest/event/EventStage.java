package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.TimeExpression;
import ekg.ingest.event.EventTimes.When;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.pipeline.Stage;
import ekg.ingest.time.Anchor;
import ekg.ingest.time.GermanTimes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the events an article reports, from the German trigger lexicon and the taxonomy described in
 * {@code /ekg/event/TAXONOMY.md}: each with its type, CAMEO code, actors, places, time and claimer.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new TimeStage()).add(new EventStage(KnowledgeBase.builtIn())).build();
 * doc.events();  // Visit [wladimir-putin] in [nordkorea] 2024-06-18/2024-06-19
 * }</pre>
 */
public final class EventStage implements Stage {
    private final KnowledgeBase kb;
    private final TriggerLexicon lexicon = TriggerLexicon.german();

    public EventStage(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.ENTITIES, Layer.TIMES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    /** One mention being read: the trigger's token, what it is, and what was found around it. */
    private static final class Draft {
        final int token;
        final TriggerLexicon.Hit hit;
        final Arguments args;
        When when;
        final String claimedBy;

        Draft(int token, TriggerLexicon.Hit hit, Arguments args, When when, String claimedBy) {
            this.token = token;
            this.hit = hit;
            this.args = args;
            this.when = when;
            this.claimedBy = claimedBy;
        }
    }

    @Override
    public Doc process(Doc doc) {
        DocView v = new DocView(doc, kb);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < v.tokens.size(); i++) {
            TriggerLexicon.Hit hit = trigger(v, doc.times(), i);
            if (hit == null || !Modality.factual(v, i)) continue;
            Arguments args = Arguments.of(v, i, hit);
            if (args.actors.isEmpty() && args.places.isEmpty()) continue;
            drafts.add(new Draft(i, hit, args, EventTimes.of(v, doc.times(), i), Claims.claimer(v, i)));
        }
        List<Draft> merged = mergeWithinSentences(v, drafts);
        inheritTimes(v, merged, GermanTimes.anchor(doc));
        return doc.withEvents(merged.stream().map(d -> toMention(v, d)).toList());
    }

    private TriggerLexicon.Hit trigger(DocView v, List<TimeExpression> times, int i) {
        TriggerLexicon.Hit hit = lexicon.match(v.word(i));
        if (hit == null) return Stays.match(v, times, i);
        if (hit.entry().context() == null) return hit;
        int[] c = v.clause(i);
        return hit.entry().context().matcher(v.doc.cover(v.span(c[0], c[1]))).find() ? hit : null;
    }

    /** Triggers of one type in one sentence report one event: "zu einem Staatsbesuch ... eingetroffen". */
    private static List<Draft> mergeWithinSentences(DocView v, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = out.stream().filter(o -> o.hit.type().equals(d.hit.type())
                    && v.sentenceOf(o.token) == v.sentenceOf(d.token)).findFirst().orElse(null);
            if (same == null) {
                out.add(d);
                continue;
            }
            same.args.actors.addAll(d.args.actors);
            same.args.places.addAll(d.args.places);
            if (!same.when.known()) same.when = d.when;
        }
        return out;
    }

    /**
     * A mention without time takes that of the last mention of its type in its paragraph; one in the
     * article's first sentence happens on the article's reference day, since news leads with the news.
     */
    private static void inheritTimes(DocView v, List<Draft> drafts, Anchor anchor) {
        Map<String, When> lastByType = new HashMap<>();
        int paragraph = -1;
        for (Draft d : drafts) {
            int p = v.paragraph(v.tokens.get(d.token).span().begin());
            if (p != paragraph) lastByType.clear();
            paragraph = p;
            if (!d.when.known() && v.sentenceOf(d.token) == 0 && anchor != null) {
                String day = anchor.day() != null ? anchor.day().toString() : anchor.value();
                d.when = new When(EventTimes.stretch(v, d.token, day), null);
            }
            if (!d.when.known() && lastByType.containsKey(d.hit.type())) d.when = lastByType.get(d.hit.type());
            if (d.when.known()) lastByType.put(d.hit.type(), d.when);
        }
    }

    private static EventMention toMention(DocView v, Draft d) {
        List<String> places = new ArrayList<>(d.args.places);
        List<String> actors = d.args.actors.stream().filter(a -> !places.contains(a) && !a.equals(d.claimedBy)).toList();
        return new EventMention(v.tokens.get(d.token).span(), d.hit.type(), d.hit.entry().cameo(), actors, places,
                d.when.value(), d.when.phrase(), d.claimedBy);
    }
}
