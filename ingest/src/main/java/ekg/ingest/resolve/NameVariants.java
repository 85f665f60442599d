package ekg.ingest.resolve;

import ekg.ingest.doc.EntityType;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Typos and transliteration slips in names of people ("Kim Yong-il" for "Kim Jong-il", "Selenskij" for
 * "Selenskyj"): a name of several words that no entry knows, one edit away from the name of exactly one
 * known person. Short names are left alone, since one letter there makes another name.
 */
final class NameVariants {
    private static final int MIN_LENGTH = 8;

    private record Known(String name, KbEntry entry) {
    }

    private final List<Known> people = new ArrayList<>();

    NameVariants(KnowledgeBase kb) {
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.PER) continue;
            for (String n : e.names()) if (n.length() >= MIN_LENGTH && n.contains(" ")) people.add(new Known(n, e));
        }
    }

    /** The one known person {@code name} is a one-edit variant of, or null. */
    KbEntry of(String name, EntityType type) {
        if (type != EntityType.PER || name.length() < MIN_LENGTH || !name.contains(" ")) return null;
        KbEntry found = null;
        for (Known k : people) {
            if (Math.abs(k.name().length() - name.length()) > 1 || !oneEditApart(name, k.name())) continue;
            if (found != null && found != k.entry()) return null;
            found = k.entry();
        }
        return found;
    }

    /** One substitution, insertion, deletion or swap of neighbours turns a into b (case ignored). */
    static boolean oneEditApart(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y)) return false;
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) i++;
        if (x.length() == y.length()) {
            if (x.substring(i + 1).equals(y.substring(i + 1))) return true;
            return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
