package ekg.ingest.event;

import java.util.Set;

/**
 * Whether a trigger's clause says the event happened: a hypothetical clause (könnte, würde, wäre,
 * möglich, ob, wenn, falls) or a negated one (nicht, kein, nie) yields no event, since the graph states
 * what happened. "nicht nur", "nicht zuletzt" and "nicht mehr" are no negation of the event.
 */
final class Modality {
    private static final Set<String> HYPOTHETICAL = Set.of("könnte", "könnten", "würde", "würden", "wäre", "wären",
            "möglich", "mögliche", "möglichen", "möglicher", "ob", "wenn", "falls", "hätte", "hätten");
    private static final Set<String> NEGATION = Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie",
            "niemals");
    private static final Set<String> NOT_NEGATING = Set.of("nur", "zuletzt", "mehr", "näher", "zu");

    private Modality() {
    }

    static boolean factual(DocView v, int trigger) {
        int[] c = v.clause(trigger);
        for (int i = c[0]; i < c[1]; i++) {
            String w = v.lower(i);
            if (HYPOTHETICAL.contains(w)) return false;
            if (NEGATION.contains(w) && !NOT_NEGATING.contains(v.lower(i + 1))) return false;
        }
        return true;
    }
}
