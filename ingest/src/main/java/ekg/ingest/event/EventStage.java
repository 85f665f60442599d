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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the events an article reports, from the German trigger lexicon and the taxonomy described in
 * {@code TAXONOMY.md} beside this class: each with its type, CAMEO code, actors, places, time and claimer.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new TimeStage()).add(new EventStage(KnowledgeBase.builtIn())).build();
 * doc.events();  // Visit [wladimir-putin] in [nordkorea] 2024-06-18/2024-06-19
 * }</pre>
 */
public final class EventStage implements Stage {
    /** Types whose mention a claimer makes itself: "Einer Studie von X zufolge", "laut X bei einer Pressekonferenz". */
    private static final Set<String> OWN_CLAIMS = Set.of("Publication", "PressConference");
    private final KnowledgeBase kb;
    private final TriggerLexicon lexicon = TriggerLexicon.german();
    private final Nationals nationals;

    public EventStage(KnowledgeBase kb) {
        this.kb = kb;
        this.nationals = new Nationals(kb);
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

    @Override
    public Doc process(Doc doc) {
        DocView v = new DocView(doc, kb);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < v.tokens.size(); i++) {
            if (v.inName(i)) continue;
            TriggerLexicon.Hit hit = trigger(v, doc.times(), i);
            if (hit == null || !Modality.factual(v, i)) continue;
            Arguments args = Arguments.of(v, i, hit);
            int[] clause = v.clause(i);
            nationals.add(v, clause[0], clause[1], args);
            drafts.add(new Draft(i, hit, args, EventTimes.of(v, doc.times(), i), Claims.claimer(v, i), Modality.planned(v, i)));
        }
        inheritTimes(v, drafts, GermanTimes.anchor(doc));
        Coreference.resolve(v, drafts);
        Pronouns.resolve(v, drafts);
        shareActors(drafts);
        Participants.fill(v, drafts);
        for (Draft d : drafts) {
            d.args.actors.addAll(d.args.unnamed);
            String country = nationals.ofCapital(d.args);
            if (country != null) d.args.actors.add(country);
        }
        Matches.shareTeams(v, drafts);
        return doc.withEvents(drafts.stream().map(d -> toMention(v, d)).toList());
    }

    /** The trigger at token {@code i}: a separable verb split around its clause ("nahm ... fest") first, then the word itself. */
    private TriggerLexicon.Hit trigger(DocView v, List<TimeExpression> times, int i) {
        String word = v.word(i);
        if (word.isEmpty()) return null;
        String clause = null;
        String particle = Character.isLowerCase(word.charAt(0)) && lexicon.mayTakeParticle(word) ? Particles.after(v, i) : null;
        if (particle != null) {
            for (String lemma : lexicon.verbLemmas(word)) {
                clause = clause != null ? clause : clauseText(v, i);
                TriggerLexicon.Hit hit = first(lexicon.verb(particle + lemma), clause);
                if (hit != null) return hit;
            }
        }
        List<TriggerLexicon.Hit> hits = lexicon.candidates(word);
        // A sentence may open with its participle: "Geboren wurde sie in Riga".
        if (hits.isEmpty() && v.sentence(i)[0] == i && Character.isUpperCase(word.charAt(0))) {
            hits = lexicon.candidates(word.toLowerCase(Locale.ROOT));
        }
        if (hits.isEmpty()) {
            TriggerLexicon.Hit stay = Stays.match(v, times, i);
            return stay != null ? stay : Offices.match(v, i);
        }
        return first(hits, clause != null ? clause : clauseText(v, i));
    }

    private static String clauseText(DocView v, int i) {
        int[] c = v.clause(i);
        return v.doc.cover(v.span(c[0], c[1]));
    }

    /**
     * The first candidate whose context the clause has; none when that is a line saying the word names
     * no event there ("führte die Beiträge ab" is no arrest).
     */
    private static TriggerLexicon.Hit first(List<TriggerLexicon.Hit> hits, String clause) {
        for (TriggerLexicon.Hit h : hits) {
            if (h.entry().context() == null || h.entry().context().matcher(clause).find()) return h.names() ? h : null;
        }
        return null;
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

    /**
     * A mention whose clause names no one takes the actors of its event's other mentions: "Die
     * Festnahme erfolgte am Abend" is the arrest a sentence before names the people of.
     */
    private static void shareActors(List<Draft> drafts) {
        Map<Integer, Set<String>> byEvent = new HashMap<>();
        for (Draft d : drafts) byEvent.computeIfAbsent(d.event, k -> new java.util.LinkedHashSet<>()).addAll(d.args.actors);
        for (Draft d : drafts) {
            if (d.args.actors.isEmpty()) d.args.actors.addAll(byEvent.get(d.event));
        }
    }

    private static EventMention toMention(DocView v, Draft d) {
        List<String> places = new ArrayList<>(d.args.places);
        List<String> actors = d.args.actors.stream().filter(a -> !places.contains(a) && (!a.equals(d.claimedBy) || OWN_CLAIMS.contains(d.type()))).toList();
        return new EventMention(v.tokens.get(d.token).span(), d.hit.type(), d.hit.entry().cameo(), actors, places,
                d.when.value(), d.when.phrase(), d.claimedBy, d.planned, d.event);
    }
}
