package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;
import ekg.ingest.eval.Extraction.MentionSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores entity mentions against development-set gold as the reference scorer
 * {@code score_entities.py} does: a gold mention is found by the mention of ekg with its exact span,
 * else by the one overlapping it most, and takes that mention's entity; grouping is judged pairwise
 * over the found mentions; a distinct pair is merged when their found mentions share an ekg entity.
 * Precision, which the reference leaves out, is over ekg's people, organizations and places.
 */
final class MentionScorer {
    private static final List<String> TYPES = List.of("Person", "Organization", "Place");
    private final Extraction x;

    MentionScorer(Extraction x) {
        this.x = x;
    }

    MentionScore score(DevGold gold) {
        Map<String, List<MentionSpan>> byArticle = new LinkedHashMap<>();
        for (String a : gold.articles() != null ? gold.articles() : x.articles()) byArticle.put(a, spans(a));
        List<Case> cases = new ArrayList<>();
        List<Pairwise.Item> found = new ArrayList<>();
        List<DevGold.Mention> foundGold = new ArrayList<>();
        Map<String, int[]> recall = new LinkedHashMap<>();
        for (DevGold.Mention g : gold.mentions()) {
            MentionSpan m = match(byArticle.getOrDefault(g.article(), List.of()), g.begin(), g.end());
            boolean hit = m != null;
            for (String key : List.of("all|all", "all|" + g.kind(), g.type() + "|all", g.type() + "|" + g.kind())) {
                int[] c = recall.computeIfAbsent(key, k -> new int[2]);
                c[0]++;
                if (hit) c[1]++;
            }
            if (hit) {
                found.add(new Pairwise.Item(g.entity(), m.entityId(), g.article()));
                foundGold.add(g);
            } else {
                cases.add(new Case("missed", g.article(), g.begin() + "-" + g.end(), g.text(), g.type() + " " + g.entity()
                        + " (" + g.kind() + ")", null));
            }
        }
        List<MentionScore.Recall> recalls = new ArrayList<>();
        recall.forEach((k, c) -> recalls.add(new MentionScore.Recall(k.substring(0, k.indexOf('|')),
                k.substring(k.indexOf('|') + 1), c[0], c[1])));
        recalls.sort(Comparator.comparingInt((MentionScore.Recall r) -> rank(r.type()))
                .thenComparing(r -> r.kind().equals("all") ? "" : r.kind()));
        List<MentionScore.Grouping> grouping = new ArrayList<>();
        grouping.add(grouping("all", found));
        for (String t : TYPES) {
            List<Pairwise.Item> of = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) if (foundGold.get(i).type().equals(t)) of.add(found.get(i));
            if (!of.isEmpty()) grouping.add(grouping(t, of));
        }
        int merged = merged(gold, found, cases);
        List<MentionScore.Precision> precision = new MentionPrecision(x, gold.mentions()).score(byArticle, cases);
        cases.addAll(GroupingCases.of(found, foundGold, x));
        return new MentionScore(List.copyOf(recalls), precision, List.copyOf(grouping), merged,
                gold.distinct() == null ? 0 : gold.distinct().size(), List.copyOf(cases));
    }

    /** ekg's mentions of an article with an entity, one per span (the first met). */
    private List<MentionSpan> spans(String article) {
        Map<String, MentionSpan> out = new LinkedHashMap<>();
        for (MentionSpan m : x.mentions(article)) {
            if (m.entityId() != null) out.putIfAbsent(m.begin() + "," + m.end(), m);
        }
        return List.copyOf(out.values());
    }

    /** The mention with exactly the span, else the first that overlaps it most; null when none overlaps. */
    static MentionSpan match(List<MentionSpan> mentions, int b, int e) {
        MentionSpan best = null;
        int size = 0;
        for (MentionSpan m : mentions) {
            if (m.begin() == b && m.end() == e) return m;
            int ov = Math.min(e, m.end()) - Math.max(b, m.begin());
            if (ov > size) {
                best = m;
                size = ov;
            }
        }
        return best;
    }

    private static MentionScore.Grouping grouping(String type, List<Pairwise.Item> items) {
        return new MentionScore.Grouping(type, Pairwise.of(items, (a, b) -> true),
                Pairwise.of(items, (a, b) -> !a.article().equals(b.article())));
    }

    private int merged(DevGold gold, List<Pairwise.Item> found, List<Case> cases) {
        if (gold.distinct() == null) return 0;
        Map<Object, Set<Object>> entitiesOf = new HashMap<>();
        found.forEach(i -> entitiesOf.computeIfAbsent(i.gold(), k -> new HashSet<>()).add(i.got()));
        int n = 0;
        for (List<String> pair : gold.distinct()) {
            if (pair.size() != 2) throw new IllegalArgumentException("a distinct entry must name two entities: " + pair);
            Set<Object> shared = new HashSet<>(entitiesOf.getOrDefault(pair.get(0), Set.of()));
            shared.retainAll(entitiesOf.getOrDefault(pair.get(1), Set.of()));
            if (shared.isEmpty()) continue;
            n++;
            Set<String> labels = new TreeSet<>();
            shared.forEach(id -> labels.add(x.labelOf((String) id)));
            cases.add(new Case("distinct pair merged", null, null, pair.get(0) + " / " + pair.get(1), "two entities",
                    String.join(" | ", labels)));
        }
        return n;
    }

    /** All first, then people, organizations, places, then any other type the gold uses. */
    private static int rank(String type) {
        return type.equals("all") ? -1 : TYPES.contains(type) ? TYPES.indexOf(type) : TYPES.size();
    }

    static String typeName(EntityType t) {
        return switch (t) {
            case PER -> "Person";
            case ORG -> "Organization";
            case LOC -> "Place";
            default -> null;
        };
    }
}
