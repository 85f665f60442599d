package ekg.ingest.eval;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The machine-readable report: each score as a number with its counts, and the failures as lists. */
final class ReportJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Evaluation e;
    private final int misses;

    /** {@code misses}: as for the text report. */
    ReportJson(Evaluation e, int misses) {
        this.e = e;
        this.misses = misses;
    }

    ObjectNode tree() {
        ObjectNode root = JSON.createObjectNode();
        root.set("missing_articles", JSON.valueToTree(e.missingArticles()));
        if (e.quotes() != null) {
            QuoteScore q = e.quotes();
            ObjectNode n = root.putObject("quotes");
            n.set("precision", ratio(q.precision()));
            n.set("recall", ratio(q.recall()));
            n.put("f1", q.f1());
            n.set("indirect_recall", ratio(q.indirectRecall()));
            n.put("ignored_ambiguous", q.ignored());
            n.set("misses", JSON.valueToTree(limit(q.misses())));
            n.set("false_positives", JSON.valueToTree(limit(q.falsePositives())));
        }
        if (e.entities() != null) {
            EntityScore s = e.entities();
            ObjectNode n = root.putObject("entities");
            n.set("groups_resolved", ratio(s.groups()));
            n.put("distinct_merged", s.mergedPairs());
            n.put("distinct_pairs", s.pairs());
            n.set("failures", JSON.valueToTree(limit(s.failures())));
            n.set("merged", JSON.valueToTree(limit(s.merged())));
        }
        if (e.events() != null) {
            ObjectNode n = root.putObject("events");
            n.set("matched", ratio(e.events().matched()));
            n.put("event_nodes", e.events().eventNodes());
            n.set("failures", JSON.valueToTree(limit(e.events().failures())));
        }
        DevReportJson dev = new DevReportJson(misses);
        if (e.speech() != null) root.set("speech", dev.speech(e.speech()));
        if (e.mentions() != null) root.set("mentions", dev.mentions(e.mentions()));
        if (e.eventMentions() != null) root.set("event_mentions", dev.events(e.eventMentions()));
        return root;
    }

    private <T> List<T> limit(List<T> all) {
        return misses < 0 ? all : all.subList(0, Math.min(misses, all.size()));
    }

    private static ObjectNode ratio(Ratio r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("value", r.value());
        n.put("hits", r.hits());
        n.put("total", r.total());
        return n;
    }
}
