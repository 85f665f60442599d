package ekg.ingest.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores an extraction against a gold file, one section at a time; a section the gold file lacks is
 * null here and skipped in the report.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.of(GoldFile.read(gold), extraction);
 * System.out.print(e.report());
 * }</pre>
 */
public record Evaluation(QuoteScore quotes, EntityScore entities, EventScore events, List<String> missingArticles,
                         SpeechScore speech, MentionScore mentions, TriggerScore eventMentions) {

    public static Evaluation of(GoldFile gold, Extraction x) {
        Speakers speakers = new Speakers(x, gold);
        DevGold dev = gold.dev();
        return new Evaluation(
                gold.quotes() == null ? null : new QuoteScorer(x, speakers).score(gold),
                gold.entities() == null && gold.distinct() == null ? null : new EntityScorer(x).score(gold),
                gold.events() == null ? null : new EventScorer(x, speakers).score(gold),
                missing(gold, x),
                dev.speech() == null ? null : new SpeechScorer(x).score(dev),
                dev.mentions() == null ? null : new MentionScorer(x).score(dev),
                dev.events() == null ? null : new TriggerScorer(x).score(dev));
    }

    /** Articles the gold file names that were not among those extracted. */
    private static List<String> missing(GoldFile gold, Extraction x) {
        Set<String> named = new TreeSet<>();
        if (gold.quotes() != null) gold.quotes().forEach(q -> named.add(q.article()));
        if (gold.events() != null) gold.events().forEach(e -> named.addAll(e.articles()));
        DevGold dev = gold.dev();
        if (dev.articles() != null) named.addAll(dev.articles());
        if (dev.eventArticles() != null) named.addAll(dev.eventArticles());
        named.removeAll(x.articles());
        return List.copyOf(named);
    }

    /** The scores and every failure of the seed-format sections, as lines a person reads. */
    public String report() {
        return report(-1);
    }

    /**
     * The scores as lines a person reads, with up to {@code misses} cases of each list; a negative
     * number lists every failure of the seed-format sections and no case of the development-set ones.
     */
    public String report(int misses) {
        return new ReportText(this, misses).toString();
    }

    /** The same as JSON, for machines. */
    public String json() {
        return json(-1);
    }

    /** The same as JSON, with cases limited as in {@link #report(int)}. */
    public String json(int misses) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(new ReportJson(this, misses).tree()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scores as JSON", e);
        }
    }
}
