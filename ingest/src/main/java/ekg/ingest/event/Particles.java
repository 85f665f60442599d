package ekg.ingest.event;

import java.util.Set;

/**
 * The separable particle of a verb in second position, which German puts at the end of the clause:
 * "Die Polizei nahm den Mann am Abend fest" is "festnehmen", "Rebellen griffen die Stadt an" is
 * "angreifen".
 */
final class Particles {
    static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei",
            "heim", "her", "hin", "los", "mit", "nach", "nieder", "statt", "teil", "um", "vor", "weg", "zu", "zurück",
            "zusammen", "vorbei", "hinzu", "auseinander");

    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "sowie");

    private Particles() {
    }

    /**
     * The particle closing the clause of the verb at {@code verb}, or its conjunct before "und"/"oder"
     * ("kehrt auf den Platz zurück und startet"); null when it ends otherwise.
     */
    static String after(DocView v, int verb) {
        int[] c = v.clause(verb);
        int last = c[1] - 1;
        for (int i = verb + 2; i < c[1]; i++) {
            if (CONJUNCTIONS.contains(v.lower(i))) {
                last = i - 1;
                break;
            }
        }
        while (last > verb && !Character.isLetter(v.word(last).isEmpty() ? ' ' : v.word(last).charAt(0))) last--;
        if (last <= verb) return null;
        String w = v.lower(last);
        return PARTICLES.contains(w) && v.word(last).equals(w) ? w : null;
    }
}
