package ekg.ingest.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who held an office on a date: the knowledge base's roles, looked up by role noun and country or
 * organization ("Präsident" of "russland"), or by a press title ("Kremlchef"), inflection-tolerant.
 */
public final class Offices {
    private record Holding(KbEntry person, KbRole role) {
    }

    private final Map<String, List<Holding>> byTitle = new HashMap<>();
    private final Map<String, List<Holding>> byRole = new HashMap<>();

    public Offices(KnowledgeBase kb) {
        for (KbEntry e : kb.entries()) {
            for (KbRole r : e.roles()) {
                Holding h = new Holding(e, r);
                byRole.computeIfAbsent(GermanWords.stem(r.role()), k -> new ArrayList<>()).add(h);
                for (String t : r.titles()) {
                    byTitle.computeIfAbsent(GermanWords.stem(t), k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    /** True when {@code word} is (a form of) a role noun some entry holds. */
    public boolean isRoleNoun(String word) {
        return byRole.containsKey(GermanWords.stem(word));
    }

    /** The one person holding {@code role} of {@code ofKey} on {@code date}, or null when none or several do. */
    public KbEntry holder(String role, String ofKey, String date) {
        return single(byRole.get(GermanWords.stem(role)), ofKey, date);
    }

    /** The one person whose role has the press title {@code title} on {@code date}, or null. */
    public KbEntry holderByTitle(String title, String date) {
        return single(byTitle.get(GermanWords.stem(title)), null, date);
    }

    private static KbEntry single(List<Holding> holdings, String ofKey, String date) {
        if (holdings == null) return null;
        KbEntry found = null;
        for (Holding h : holdings) {
            if (ofKey != null && !ofKey.equals(h.role().of())) continue;
            if (!h.role().heldOn(date)) continue;
            if (found != null && found != h.person()) return null;
            found = h.person();
        }
        return found;
    }
}
