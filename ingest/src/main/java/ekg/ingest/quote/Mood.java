package ekg.ingest.quote;

import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordForm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the subjunctive of reported speech from the indicative by the German full-form lexicon: a
 * form is subjunctive when it reads as a 3rd-person Konjunktiv I or II and not also as a 3rd-person
 * indicative of the same number (sei, seien, habe, könne, wäre, würden; not haben, which is also the
 * indicative plural, nor a weak verb's sagte, which is also its past tense). Results are cached per
 * word form, since every sentence asks about its verbs.
 */
final class Mood {
    /** Per word form: 0 not subjunctive, 1 Konjunktiv I, 2 Konjunktiv II only. */
    private static final Map<String, Integer> SUBJUNCTIVE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> FINITE = new ConcurrentHashMap<>();

    private Mood() {}

    /** Whether token {@code i} is a finite verb in the subjunctive. */
    static boolean subjunctive(TextView v, int i) {
        String w = v.word(i);
        if (!Character.isLowerCase(w.charAt(0)) || v.quoted(i)) return false;
        if (i > 0 && (v.isWord(i - 1, "ich") || v.isWord(i - 1, "wir"))) return false;
        return subjunctiveForm(w);
    }

    /** Whether the lower-case word form reads as a 3rd-person subjunctive and not as a 3rd-person indicative. */
    static boolean subjunctiveForm(String w) {
        return SUBJUNCTIVE.computeIfAbsent(w, Mood::computeSubjunctive) > 0;
    }

    /** Whether token {@code i}, a subjunctive, reads as Konjunktiv I (sei, habe, könne), which only reported speech uses. */
    static boolean konjunktivOne(TextView v, int i) {
        return SUBJUNCTIVE.computeIfAbsent(v.word(i), Mood::computeSubjunctive) == 1;
    }

    /** Whether the word form can be a finite verb (some reading has a person). */
    static boolean finiteForm(String w) {
        return FINITE.computeIfAbsent(w, f -> GermanLexicon.get().any(f, r -> r.person() > 0));
    }

    private static int computeSubjunctive(String w) {
        List<WordForm> readings = GermanLexicon.get().lookup(w);
        int found = 0;
        for (WordForm r : readings) {
            if (r.person() != 3 || indicativeToo(readings, r)) continue;
            if (r.isSubjunctiveOne()) return 1;
            if (r.isSubjunctiveTwo()) found = 2;
        }
        return found;
    }

    private static boolean indicativeToo(List<WordForm> readings, WordForm subj) {
        String number = subj.has("PLU") ? "PLU" : "SIN";
        return readings.stream().anyMatch(r -> r.isIndicative() && r.person() == 3 && r.has(number));
    }

    /** The first finite verb of sentence {@code s} outside quote marks, or -1. */
    static int firstVerb(TextView v, int s) {
        for (int i = v.sentFirst(s); i >= 0 && i <= v.sentLast(s); i++) {
            if (v.quoted(i)) continue;
            if (isVerb(v, i)) return i;
        }
        return -1;
    }

    /** A finite verb: tagged as a verb and readable as a finite form. */
    static boolean isVerb(TextView v, int i) {
        String w = v.word(i);
        if (!Character.isLowerCase(w.charAt(0)) || !(v.isTag(i, "VERB") || v.isTag(i, "AUX"))) return false;
        return finiteForm(w) || subjunctiveForm(w);
    }

    /** Whether the sentence's first verb is subjunctive: reported speech carrying on. */
    static boolean subjunctiveSentence(TextView v, int s) {
        int f = firstVerb(v, s);
        return f >= 0 && subjunctive(v, f);
    }
}
