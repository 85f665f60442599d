package ekg.ingest.morph;

import java.util.List;
import java.util.Objects;

/**
 * One reading of a word form in the lexicon: its lemma and its tag, e.g. {@code sein} /
 * {@code VER:AUX:3:SIN:KJ1} for "sei", {@code Regierung} / {@code SUB:NOM:SIN:FEM}.
 */
public record WordForm(String lemma, String tag) {
    public WordForm {
        Objects.requireNonNull(lemma, "lemma == null");
        Objects.requireNonNull(tag, "tag == null");
    }

    /** The tag's parts: {@code [VER, AUX, 3, SIN, KJ1]}. */
    public List<String> parts() {
        return List.of(tag.split(":"));
    }

    /** Whether the tag has this part, e.g. {@code KJ1}, {@code PLU}, {@code AUX}. */
    public boolean has(String part) {
        // Asked per token by several stages: a scan of the tag, no split into a new list each time.
        for (int from = 0; (from = tag.indexOf(part, from)) >= 0; from++) {
            int end = from + part.length();
            if ((from == 0 || tag.charAt(from - 1) == ':') && (end == tag.length() || tag.charAt(end) == ':')) return true;
        }
        return false;
    }

    /** A finite or non-finite verb, auxiliary or modal. */
    public boolean isVerb() {
        return tag.startsWith("VER");
    }

    /** Konjunktiv I ("sei", "habe", "komme"). */
    public boolean isSubjunctiveOne() {
        return isVerb() && has("KJ1");
    }

    /** Konjunktiv II ("wäre", "käme", and a weak verb's "sagte", which is also its past tense). */
    public boolean isSubjunctiveTwo() {
        return isVerb() && has("KJ2");
    }

    /** Present or past indicative. */
    public boolean isIndicative() {
        return isVerb() && (has("PRÄ") || has("PRT"));
    }

    /** A common noun ({@code SUB}). */
    public boolean isCommonNoun() {
        return tag.startsWith("SUB");
    }

    /** A proper name ({@code EIG}). */
    public boolean isProperName() {
        return tag.startsWith("EIG");
    }

    /** The grammatical person of a finite verb (1, 2, 3), or 0. */
    public int person() {
        if (!isVerb()) return 0;
        for (int p = 1; p <= 3; p++) if (has(String.valueOf(p))) return p;
        return 0;
    }
}
