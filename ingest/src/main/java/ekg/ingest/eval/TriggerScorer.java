package ekg.ingest.eval;

import ekg.ingest.eval.Extraction.TriggerMention;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores event mentions against development-set event gold exactly as the reference scorer
 * {@code score_events.py} does: found when a mention of the article overlaps a trigger; typed when one
 * such mention's type (case folded, aliases below) is the gold type; an actor recalled when it shares a
 * capitalised word with an actor label of those mentions; coreference over the found triggers, each
 * taking the first mention that overlaps it and the event node that mention joins.
 */
final class TriggerScorer {
    /** ekg's older or finer type names and the gold type they count as. */
    static final Map<String, String> ALIAS = Map.of("talks", "meeting", "summit", "meeting",
            "weaponstransfer", "transfer", "delivery", "transfer", "trial", "legal", "verdict", "legal",
            "investigation", "legal", "accident", "disaster");

    private final Extraction x;

    TriggerScorer(Extraction x) {
        this.x = x;
    }

    TriggerScore score(DevGold gold) {
        Map<String, List<TriggerMention>> byArticle = new LinkedHashMap<>();
        for (String a : gold.eventArticles() != null ? gold.eventArticles() : x.articles()) byArticle.put(a, x.eventMentions(a));
        Map<String, int[]> rows = new TreeMap<>();
        int[] all = new int[5];
        Map<TriggerMention, Boolean> used = new IdentityHashMap<>();
        List<Pairwise.Item> pairs = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (DevGold.TriggerEvent g : gold.events()) {
            int[] row = rows.computeIfAbsent(g.type(), k -> new int[5]);
            List<TriggerMention> mentions = byArticle.getOrDefault(g.article(), List.of());
            List<TriggerMention> hits = new ArrayList<>();
            for (DevGold.Trigger t : g.triggers()) for (TriggerMention m : mentions) if (overlaps(m, t)) hits.add(m);
            hits.forEach(m -> used.put(m, true));
            int[] c = count(g, hits);
            for (int i = 0; i < 5; i++) {
                row[i] += c[i];
                all[i] += c[i];
            }
            if (hits.isEmpty()) cases.add(new Case("missed", g.article(), spans(g), triggers(g), g.type(), null));
            else if (c[2] == 0) cases.add(new Case("wrong type", g.article(), spans(g), triggers(g), g.type(), types(hits)));
            if (hits.isEmpty()) continue;
            for (DevGold.Trigger t : g.triggers()) {
                TriggerMention first = mentions.stream().filter(m -> overlaps(m, t)).findFirst().orElse(null);
                if (first != null) pairs.add(new Pairwise.Item(g, first.eventId() != null ? first.eventId() : first, g.article()));
            }
        }
        List<TriggerScore.Gold> goldRows = new ArrayList<>();
        goldRows.add(gold("all", all));
        rows.forEach((t, r) -> goldRows.add(gold(t, r)));
        return new TriggerScore(goldRows, extracted(byArticle, used, cases),
                Pairwise.of(pairs, (a, b) -> a.article().equals(b.article())), List.copyOf(cases));
    }

    /** Found, typed, actors and actors recalled of one gold event, with the event count first. */
    private int[] count(DevGold.TriggerEvent g, List<TriggerMention> hits) {
        int[] c = new int[5];
        c[0] = 1;
        if (hits.isEmpty()) return c;
        c[1] = 1;
        String want = g.type().toLowerCase(Locale.ROOT);
        if (hits.stream().anyMatch(m -> type(m).equals(want))) c[2] = 1;
        Set<String> labels = new TreeSet<>();
        hits.forEach(m -> m.actorLabels().forEach(l -> labels.addAll(RefText.capitalised(l, true))));
        for (String actor : g.actors()) {
            c[3]++;
            if (RefText.shareWord(labels, actor, true)) c[4]++;
        }
        return c;
    }

    private List<TriggerScore.Extracted> extracted(Map<String, List<TriggerMention>> byArticle,
                                                   Map<TriggerMention, Boolean> used, List<Case> cases) {
        Map<String, int[]> rows = new TreeMap<>();
        int[] all = new int[2];
        byArticle.forEach((article, mentions) -> {
            for (TriggerMention m : mentions) {
                String t = type(m);
                if (t.equals("statement")) continue;
                int[] row = rows.computeIfAbsent(t, k -> new int[2]);
                boolean wrong = !used.containsKey(m);
                row[0]++;
                all[0]++;
                if (!wrong) continue;
                row[1]++;
                all[1]++;
                String text = x.text(article);
                cases.add(new Case("no gold event", article, m.begin() + "-" + m.end(),
                        m.end() <= text.length() ? text.substring(m.begin(), m.end()) : "", null, t));
            }
        });
        List<TriggerScore.Extracted> out = new ArrayList<>();
        out.add(new TriggerScore.Extracted("all", all[0], all[1]));
        rows.forEach((t, r) -> out.add(new TriggerScore.Extracted(t, r[0], r[1])));
        return List.copyOf(out);
    }

    /** The mention's type as the reference compares it: the local name, case folded, through the aliases. */
    static String type(TriggerMention m) {
        String t = m.type().toLowerCase(Locale.ROOT);
        return ALIAS.getOrDefault(t, t);
    }

    private static boolean overlaps(TriggerMention m, DevGold.Trigger t) {
        return Math.min(m.end(), t.end()) - Math.max(m.begin(), t.begin()) > 0;
    }

    private static TriggerScore.Gold gold(String type, int[] c) {
        return new TriggerScore.Gold(type, c[0], c[1], c[2], c[3], c[4]);
    }

    private static String spans(DevGold.TriggerEvent g) {
        return String.join(" ", g.triggers().stream().map(t -> t.begin() + "-" + t.end()).toList());
    }

    private static String triggers(DevGold.TriggerEvent g) {
        return String.join(" | ", g.triggers().stream().map(t -> t.text() == null ? "" : t.text()).toList());
    }

    private static String types(List<TriggerMention> hits) {
        return String.join(" | ", new TreeSet<>(hits.stream().map(TriggerMention::type).toList()));
    }
}
