package ekg.ingest.event;

import java.util.Set;

/**
 * Whether a trigger's clause says the event happened: a hypothetical clause (könnte, würde, wäre,
 * möglich, ob, wenn, falls) or a negated one (nicht, kein, nie) yields no event, since the graph states
 * what happened. "nicht nur", "nicht zuletzt" and "nicht mehr" are no negation of the event. A clause
 * that schedules its event ("soll", "geplant", "nächste Woche") marks it planned.
 */
final class Modality {
    private static final Set<String> HYPOTHETICAL = Set.of("könnte", "könnten", "würde", "würden", "wäre", "wären",
            "möglich", "mögliche", "möglichen", "möglicher", "ob", "wenn", "falls", "hätte", "hätten");
    private static final Set<String> CONDITIONAL = Set.of("wenn", "falls", "sofern");
    private static final Set<String> NEGATION = Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie",
            "niemals");
    private static final Set<String> NOT_NEGATING = Set.of("nur", "zuletzt", "mehr", "näher", "zu");

    /** Words of a clause that schedules or plans its event: "soll", "will", "geplant", "am kommenden Montag". */
    private static final Set<String> PLANNED = Set.of("soll", "sollen", "will", "wollen", "plant", "planen", "geplant",
            "geplante", "geplanten", "geplanter", "bevorstehende", "bevorstehenden", "bevorstehender", "kommende",
            "kommenden", "kommender", "kommendes", "nächste", "nächsten", "nächster", "nächstes", "künftig", "künftige",
            "künftigen", "voraussichtlich", "angekündigt", "angekündigte", "angekündigten", "wird", "werden");

    private Modality() {
    }

    /** Whether the trigger's clause reports its event as scheduled or planned. */
    static boolean planned(DocView v, int trigger) {
        int[] c = v.clause(trigger);
        for (int i = c[0]; i < c[1]; i++) {
            if (PLANNED.contains(v.lower(i))) return true;
        }
        return false;
    }

    static boolean factual(DocView v, int trigger) {
        // "Falls die Regierung stürzt, gibt es Neuwahlen": a conditional makes its whole sentence hypothetical.
        if (CONDITIONAL.contains(v.lower(v.sentence(trigger)[0]))) return false;
        int[] c = v.clause(trigger);
        for (int i = c[0]; i < c[1]; i++) {
            String w = v.lower(i);
            if (HYPOTHETICAL.contains(w)) return false;
            if (NEGATION.contains(w) && !NOT_NEGATING.contains(v.lower(i + 1))) return false;
        }
        return true;
    }
}
