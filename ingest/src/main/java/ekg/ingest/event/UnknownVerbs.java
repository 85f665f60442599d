package ekg.ingest.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Infinitives for verb forms the morphological lexicon lacks, by German's regular endings: a
 * separable verb's particle before a form it knows ("herausgebracht" is "heraus" + "gebracht", so
 * "herausbringen"), and a weak verb's participle, past or present ("gelyncht", "lynchte" are
 * "lynchen"). The guesses are only candidates: a trigger needs its infinitive in the lexicon.
 */
final class UnknownVerbs {
    /** Particles of separable verbs, with the longer ones of direction that the clause-end reading leaves out. */
    private static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei",
            "heim", "her", "hin", "los", "mit", "nach", "nieder", "statt", "teil", "um", "vor", "weg", "zu", "zurück",
            "zusammen", "vorbei", "hinzu", "heraus", "herein", "hinaus", "hinein", "herum", "voran", "weiter", "wieder", "auseinander");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("en", "em", "er", "es", "e");
    private static final int MIN_STEM = 3;

    private UnknownVerbs() {
    }

    /** The infinitives {@code word} may be a form of, given the lemmas of the words the lexicon knows. */
    static List<String> guess(String word, Function<String, List<String>> known) {
        Set<String> out = new LinkedHashSet<>();
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) return List.of();
        for (String p : PARTICLES) {
            if (word.length() > p.length() + MIN_STEM && word.startsWith(p)) {
                for (String lemma : known.apply(word.substring(p.length()))) {
                    if (Character.isLowerCase(lemma.charAt(0))) out.add(p + lemma);
                }
            }
        }
        if (!out.isEmpty()) return List.copyOf(out);
        String w = word;
        for (String e : ADJECTIVE_ENDINGS) {
            if (w.endsWith("t" + e)) {
                w = w.substring(0, w.length() - e.length());
                break;
            }
        }
        // "gelyncht", "lynchte", "lyncht": a weak verb's stem before its "t".
        String stem = w.startsWith("ge") && w.endsWith("t") ? w.substring(2, w.length() - 1)
                : w.endsWith("te") ? w.substring(0, w.length() - 2)
                : w.endsWith("t") ? w.substring(0, w.length() - 1) : null;
        if (stem != null && stem.length() >= MIN_STEM) out.add(stem + "en");
        return List.copyOf(out);
    }
}
