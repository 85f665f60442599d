package ekg.ingest.event;

import ekg.ingest.event.DocView.Name;

import java.util.List;

/**
 * Who a sentence attributes its facts to: "nach Angaben aus dem Weißen Haus", "nach US-Angaben",
 * "laut KCNA", "so US-Quellen", "Diplomaten zufolge". Returns the claimer's entity key, or null when the
 * sentence reports no claim or names no one the article or knowledge base knows.
 */
final class Claims {
    private static final int REACH = 7;

    private Claims() {
    }

    static String claimer(DocView v, int trigger) {
        int[] s = v.sentence(trigger);
        for (int i = s[0]; i < s[1]; i++) {
            String w = v.word(i);
            String lw = v.lower(i);
            String compound = compoundClaimer(w);
            if (compound != null && (cueBefore(v, i) || lw.endsWith("quellen"))) {
                Name n = v.resolveWord(compound, v.tokens.get(i).span());
                if (n != null) return n.key();
            }
            if ((lw.equals("angaben") && cueBefore(v, i)) || lw.equals("laut")) {
                String k = firstName(v, i + 1, Math.min(s[1], i + REACH));
                if (k != null) return k;
            }
            if (lw.equals("zufolge")) {
                List<Name> before = v.names(Math.max(s[0], i - 3), i);
                if (!before.isEmpty()) return before.get(before.size() - 1).key();
            }
        }
        return null;
    }

    /** "US" of "US-Angaben" or "US-Quellen". */
    private static String compoundClaimer(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0) return null;
        String head = word.substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
        return head.equals("angaben") || head.startsWith("quelle") ? word.substring(0, dash) : null;
    }

    private static boolean cueBefore(DocView v, int i) {
        for (int j = i - 1; j >= i - 3 && j >= 0; j--) {
            if (v.lower(j).equals("nach") || v.lower(j).equals("so")) return true;
        }
        return false;
    }

    private static String firstName(DocView v, int from, int to) {
        if (from >= to) return null;
        List<Name> names = v.names(from, to);
        return names.isEmpty() ? null : names.get(0).key();
    }
}
