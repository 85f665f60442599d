package ekg.ingest.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A trigger's clause read across the insertions it encloses: brackets ("Die Stiftung (SN) und der
 * Verein (VS) stellten die Studie vor") and a pair of dashes ("Seit Jahren liefern – wie andere auch –
 * die Werke Nord Teile nach Osten") cut {@link DocView#clause} short, though the clause goes on
 * behind them. What an insertion names is an apposition (an abbreviation, an affiliation), not one more
 * participant, so its tokens are kept apart.
 */
final class Insertions {
    private static final Set<String> DASHES = Set.of("–", "—", "-");
    /** A pair of dashes further apart than this encloses no insertion but parts of the sentence. */
    private static final int DASH_REACH = 10;

    /** Token range [from, to) of the clause and the insertions [from, to) inside it. */
    record Host(int from, int to, List<int[]> inserted) {
        boolean inserted(int token) {
            for (int[] r : inserted) {
                if (token >= r[0] && token < r[1]) return true;
            }
            return false;
        }
    }

    private Insertions() {
    }

    static Host host(DocView v, int trigger) {
        int[] s = v.sentence(trigger);
        int[] c = v.clause(trigger);
        int from = c[0];
        int to = c[1];
        List<int[]> inserted = new ArrayList<>();
        while (from - 2 > s[0]) {
            int open = opening(v, from - 1, s[0]);
            if (open <= s[0] || v.breaksClause(open - 1)) break;
            inserted.add(new int[] {open, from});
            from = v.clause(open - 1)[0];
        }
        while (to + 2 < s[1]) {
            int close = closing(v, to, s[1]);
            if (close < 0 || close + 1 >= s[1] || v.breaksClause(close + 1)) break;
            inserted.add(new int[] {to, close + 1});
            to = v.clause(close + 1)[1];
        }
        return new Host(from, to, inserted);
    }

    /** The opening bracket or dash whose partner is token {@code close}, or -1. */
    private static int opening(DocView v, int close, int first) {
        String w = v.word(close);
        boolean dash = DASHES.contains(w);
        if (!w.equals(")") && !dash) return -1;
        for (int j = close - 1; j >= first && (!dash || close - j <= DASH_REACH); j--) {
            String x = v.word(j);
            if (dash && DASHES.contains(x) || !dash && x.equals("(")) return j;
            if (x.equals(")") || x.equals("(")) return -1;
        }
        return -1;
    }

    /** The closing bracket or dash whose partner is token {@code open}, or -1. */
    private static int closing(DocView v, int open, int end) {
        String w = v.word(open);
        boolean dash = DASHES.contains(w);
        if (!w.equals("(") && !dash) return -1;
        for (int j = open + 1; j < end && (!dash || j - open <= DASH_REACH); j++) {
            String x = v.word(j);
            if (dash && DASHES.contains(x) || !dash && x.equals(")")) return j;
            if (x.equals(")") || x.equals("(")) return -1;
        }
        return -1;
    }
}
