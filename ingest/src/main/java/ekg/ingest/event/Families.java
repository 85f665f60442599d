package ekg.ingest.event;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that name one event of an article though they differ. A war or armed conflict is told by
 * several words at once ("der Bürgerkrieg", "der militärische Konflikt", "in der Region kämpfen
 * Truppen"), and what happens "in dem Krieg" is part of it; news does not count wars the way it counts
 * attacks. A noun and the verb it is made from name one happening ("die Stationierung", "stationiert";
 * "das Verhör", "verhört").
 */
final class Families {
    /** Lemmas of fighting that lasts, beside the words ending in "krieg" or "konflikt". */
    private static final Set<String> FIGHTING = Set.of("kampf", "kämpfen", "kampfhandlung");
    /** A war noun as a word of the text, inflected: "Konflikt", "Bürgerkriegs", "Ukraine-Konflikten". */
    private static final Pattern WAR_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]*(krieg|konflikt)(e|es|s|en|n)?");
    /** Endings that make a verb's or a noun's lemma from its root: "stationier-en", "Stationier-ung". */
    private static final Pattern ENDING = Pattern.compile("(ung|en|n)$");
    /** Shorter roots match too many words by chance. */
    private static final int MIN_ROOT = 5;

    private Families() {
    }

    /** Whether a lemma names a war or lasting fighting: "Krieg", "Bürgerkrieg", "Konflikt", "kämpfen". */
    static boolean war(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return l.endsWith("krieg") || l.endsWith("konflikt") || FIGHTING.contains(l);
    }

    /** Whether the word at token {@code i} is a war noun with a definite determiner: "in dem Konflikt", "im Krieg". */
    static boolean definiteWar(DocView v, int i) {
        return WAR_WORD.matcher(v.word(i)).matches() && Coreference.definite(v, i);
    }

    /** Whether one lemma is a noun and the other the verb it is made from: "Stationierung" and "stationieren". */
    static boolean sameRoot(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || Character.isUpperCase(a.charAt(0)) == Character.isUpperCase(b.charAt(0))) return false;
        String ra = root(a);
        return ra.length() >= MIN_ROOT && ra.equals(root(b));
    }

    private static String root(String lemma) {
        return ENDING.matcher(lemma.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
