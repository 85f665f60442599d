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
public record Evaluation(QuoteScore quotes, EntityScore entities, EventScore events, List<String> missingArticles) {

    public static Evaluation of(GoldFile gold, Extraction x) {
        Speakers speakers = new Speakers(x, gold);
        return new Evaluation(
                gold.quotes() == null ? null : new QuoteScorer(x, speakers).score(gold),
                gold.entities() == null && gold.distinct() == null ? null : new EntityScorer(x).score(gold),
                gold.events() == null ? null : new EventScorer(x, speakers).score(gold),
                missing(gold, x));
    }

    /** Articles the gold file names that were not among those extracted. */
    private static List<String> missing(GoldFile gold, Extraction x) {
        Set<String> named = new TreeSet<>();
        if (gold.quotes() != null) gold.quotes().forEach(q -> named.add(q.article()));
        if (gold.events() != null) gold.events().forEach(e -> named.addAll(e.articles()));
        named.removeAll(x.articles());
        return List.copyOf(named);
    }

    /** The scores and every failure, as lines a person reads. */
    public String report() {
        return new ReportText(this).toString();
    }

    /** The same as JSON, for machines. */
    public String json() {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(new ReportJson(this).tree()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scores as JSON", e);
        }
    }
}
