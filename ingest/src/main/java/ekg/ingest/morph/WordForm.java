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
        return parts().contains(part);
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
        for (String p : parts()) {
            if (p.length() == 1 && p.charAt(0) >= '1' && p.charAt(0) <= '3') return p.charAt(0) - '0';
        }
        return 0;
    }
}
