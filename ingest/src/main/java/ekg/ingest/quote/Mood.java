package ekg.ingest.quote;

import java.util.Set;

/**
 * Tells the subjunctive of reported speech (Konjunktiv I and the unambiguous Konjunktiv II) from
 * word forms: a list of auxiliaries and modals, and the 3rd person singular of Konjunktiv I, which ends
 * in -e where the indicative ends in -t (zeige / zeigt, bereitstelle / stellt bereit).
 */
final class Mood {
    /** Forms that are subjunctive wherever they stand as a verb (but after "ich", where some are indicative). */
    private static final Set<String> SURE = Set.of(
            "sei", "seien", "seiest", "habe", "hätte", "hätten", "wäre", "wären", "würde", "würden", "werde",
            "könne", "könnte", "könnten", "müsse", "müsste", "müssten", "solle", "wolle", "dürfe", "dürfte",
            "dürften", "möge", "gebe", "gäbe", "gäben", "komme", "käme", "kämen", "stehe", "stünde", "liege",
            "läge", "gehe", "ginge", "bleibe", "bliebe", "wisse", "wüsste", "lasse", "sehe", "halte", "gelte");
    /** Words ending in -e that the tagger may call a verb but never are a finite subjunctive. */
    private static final Set<String> NOT_FINITE = Set.of("gerne", "ohne", "alle", "ende", "heute", "ebenfalls",
            "wurde", "eine", "keine", "meine", "seine", "deine", "ihre", "unsere", "diese", "jene", "welche", "solche", "beide");

    private Mood() {}

    /** Whether token {@code i} is a finite verb in the subjunctive. */
    static boolean subjunctive(TextView v, int i) {
        String w = v.lower(i);
        if (!Character.isLowerCase(v.word(i).charAt(0)) || v.quoted(i)) return false;
        if (i > 0 && v.isWord(i - 1, "ich")) return false;
        if (SURE.contains(w)) return true;
        if (!(v.isTag(i, "VERB") || v.isTag(i, "AUX")) || NOT_FINITE.contains(w)) return false;
        return konjunktivOne(w);
    }

    /**
     * A 3rd person Konjunktiv I: stem + e. Forms in -te are left out, since they are mostly a weak
     * verb's past tense (sagte).
     */
    static boolean konjunktivOne(String w) {
        return w.length() >= 4 && w.endsWith("e") && !w.endsWith("te") && !w.endsWith("ie")
                && w.chars().allMatch(Character::isLetter);
    }

    /** The first verb of sentence {@code s} outside quote marks, or -1. */
    static int firstVerb(TextView v, int s) {
        for (int i = v.sentFirst(s); i >= 0 && i <= v.sentLast(s); i++) {
            if (v.quoted(i)) continue;
            if (v.isTag(i, "VERB") || v.isTag(i, "AUX") || SURE.contains(v.lower(i))) return i;
        }
        return -1;
    }

    /** Whether the sentence's first verb is subjunctive: reported speech carrying on. */
    static boolean subjunctiveSentence(TextView v, int s) {
        int f = firstVerb(v, s);
        return f >= 0 && subjunctive(v, f);
    }
}
