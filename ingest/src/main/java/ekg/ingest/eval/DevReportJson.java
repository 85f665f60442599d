package ekg.ingest.eval;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The development-set sections as JSON: every figure with its counts, and up to N cases of each kind. */
final class DevReportJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final int misses;

    DevReportJson(int misses) {
        this.misses = misses;
    }

    ObjectNode speech(SpeechScore s) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode modes = n.putArray("modes");
        for (SpeechScore.Mode m : s.modes()) {
            modes.addObject().put("mode", m.mode()).put("gold", m.gold()).put("found", m.found())
                    .put("found_share", m.foundRatio().value()).put("named_speaker", m.named()).put("attributed", m.attributed())
                    .put("attributed_share", m.attributedRatio().value());
        }
        Ratio p = s.markedPrecision();
        n.putObject("quote_marked").put("extracted", p.total()).put("matching_no_gold", p.total() - p.hits())
                .put("precision", p.total() == 0 ? 1.0 : p.value());
        n.set("cases", cases(s.cases()));
        return n;
    }

    ObjectNode mentions(MentionScore s) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode recall = n.putArray("recall");
        s.recall().forEach(r -> recall.addObject().put("type", r.type()).put("kind", r.kind()).put("gold", r.gold())
                .put("found", r.found()).put("recall", r.ratio().value()));
        ArrayNode precision = n.putArray("precision");
        s.precision().forEach(p -> precision.addObject().put("type", p.type()).put("right", p.right()).put("wrong", p.wrong())
                .put("inside_hyphenated_compounds", p.inCompound()).put("precision", p.ratio().value())
                .put("precision_with_compounds", p.withCompounds().value()));
        ArrayNode grouping = n.putArray("grouping");
        s.grouping().forEach(g -> {
            ObjectNode o = grouping.addObject().put("type", g.type());
            o.set("all_pairs", pairwise(g.all()));
            o.set("across_articles", pairwise(g.across()));
        });
        n.put("distinct_merged", s.distinctMerged()).put("distinct_pairs", s.distinctPairs());
        n.set("cases", cases(s.cases()));
        return n;
    }

    ObjectNode events(TriggerScore s) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode gold = n.putArray("gold");
        s.gold().forEach(g -> gold.addObject().put("type", g.type()).put("gold", g.total()).put("found", g.found())
                .put("found_share", g.foundRatio().value()).put("typed", g.typed()).put("typed_share", g.typedRatio().value())
                .put("actors", g.actors()).put("actors_recalled", g.actorsRecalled()).put("actor_recall", g.actorRatio().value()));
        ArrayNode extracted = n.putArray("extracted");
        s.extracted().forEach(e -> extracted.addObject().put("type", e.type()).put("extracted", e.total())
                .put("matching_no_gold", e.unmatched()).put("precision", e.precision().value()));
        n.set("coreference", pairwise(s.coreference()));
        n.set("cases", cases(s.cases()));
        return n;
    }

    private static ObjectNode pairwise(Pairwise p) {
        return JSON.createObjectNode().put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1())
                .put("tp", p.tp()).put("fp", p.fp()).put("fn", p.fn());
    }

    /** Up to {@code misses} cases of each kind. */
    private ArrayNode cases(List<Case> cases) {
        ArrayNode out = JSON.createArrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (Case c : cases) {
            if (seen.merge(c.what(), 1, Integer::sum) <= misses) out.add(JSON.valueToTree(c));
        }
        return out;
    }
}
