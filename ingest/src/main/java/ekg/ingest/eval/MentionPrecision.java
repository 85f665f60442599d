package ekg.ingest.eval;

import ekg.ingest.eval.Extraction.MentionSpan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision of ekg's mentions of people, organizations and places: one is right when it overlaps a
 * gold mention of its article. The gold marks no name inside a hyphenated compound ("Partei-Chef"),
 * so a wrong mention joined to a word by a hyphen is counted apart.
 */
final class MentionPrecision {
    private final Extraction x;
    private final Map<String, List<DevGold.Mention>> gold = new HashMap<>();

    MentionPrecision(Extraction x, List<DevGold.Mention> mentions) {
        this.x = x;
        for (DevGold.Mention m : mentions) gold.computeIfAbsent(m.article(), k -> new java.util.ArrayList<>()).add(m);
    }

    /** Per type, then "all"; every wrong mention goes to {@code cases}. */
    List<MentionScore.Precision> score(Map<String, List<MentionSpan>> byArticle, List<Case> cases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List.of("all", "Person", "Organization", "Place").forEach(t -> counts.put(t, new int[3]));
        byArticle.forEach((article, mentions) -> {
            String text = x.text(article);
            List<DevGold.Mention> g = gold.getOrDefault(article, List.of());
            for (MentionSpan m : mentions) {
                String type = m.type() == null ? null : MentionScorer.typeName(m.type());
                if (type == null) continue;
                int kind = g.stream().anyMatch(s -> s.begin() < m.end() && m.begin() < s.end()) ? 0
                        : inCompound(text, m.begin(), m.end()) ? 2 : 1;
                counts.get("all")[kind]++;
                counts.get(type)[kind]++;
                if (kind > 0) {
                    cases.add(new Case(kind == 2 ? "not gold: inside a hyphenated compound" : "wrong mention", article,
                            m.begin() + "-" + m.end(), cover(text, m.begin(), m.end()), null, type + " " + x.labelOf(m.entityId())));
                }
            }
        });
        return counts.entrySet().stream()
                .map(e -> new MentionScore.Precision(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Whether a hyphen joins the span to a word before or after it. */
    static boolean inCompound(String text, int b, int e) {
        boolean before = b >= 2 && b <= text.length() && text.charAt(b - 1) == '-' && Character.isLetterOrDigit(text.charAt(b - 2));
        boolean after = e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetterOrDigit(text.charAt(e + 1));
        return before || after;
    }

    private static String cover(String text, int b, int e) {
        return e <= text.length() && b >= 0 && b <= e ? text.substring(b, e) : "";
    }
}
