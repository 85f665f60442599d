package ekg.ingest.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The grouping errors to read: a gold entity spread over several ekg entities, an ekg entity holding several gold ones. */
final class GroupingCases {
    private GroupingCases() {}

    static List<Case> of(List<Pairwise.Item> found, List<DevGold.Mention> gold, Extraction x) {
        Map<Object, Map<Object, Integer>> byGold = new LinkedHashMap<>();
        Map<Object, Map<Object, Integer>> byGot = new LinkedHashMap<>();
        for (Pairwise.Item i : found) {
            byGold.computeIfAbsent(i.gold(), k -> new TreeMap<>()).merge(i.got(), 1, Integer::sum);
            byGot.computeIfAbsent(i.got(), k -> new TreeMap<>()).merge(i.gold(), 1, Integer::sum);
        }
        Map<Object, String> typeOf = new LinkedHashMap<>();
        gold.forEach(m -> typeOf.putIfAbsent(m.entity(), m.type()));
        List<Case> out = new ArrayList<>();
        byGold.forEach((g, got) -> {
            if (got.size() > 1) out.add(new Case("split", null, null, (String) g, typeOf.get(g) + ", one entity",
                    counts(got, id -> x.labelOf((String) id))));
        });
        byGot.forEach((p, golds) -> {
            if (golds.size() > 1) out.add(new Case("merged", null, null, x.labelOf((String) p), "entities apart", counts(golds, String::valueOf)));
        });
        return out;
    }

    private static String counts(Map<Object, Integer> m, Function<Object, String> name) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, n) -> parts.add(name.apply(k) + " ×" + n));
        return String.join(" | ", parts);
    }
}
