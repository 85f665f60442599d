package ekg.graph.link;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How quotes are compared to tell whether they report one utterance: their text normalised (quote
 * marks, brackets and punctuation at the ends dropped, white space folded, lower case), and the stems
 * of their content words (the first five letters, enough to take "zeige" and "zeigt", "Putins" and
 * "Putin" together).
 */
final class Utterances {
    private static final int STEM = 5;
    private static final int MIN_WORD = 3;
    /** Fewest words a quote needs before a longer one may contain it as the same utterance. */
    static final int MIN_CONTAINED_WORDS = 3;
    /** Fewest stems both quotes need before word overlap counts. */
    static final int MIN_STEMS = 4;
    /** Share of the smaller stem set that the larger must hold. */
    static final double OVERLAP = 0.75;
    private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einer", "einem", "einen", "eines", "und", "oder", "aber", "auch", "nicht", "sich", "mit", "von", "für",
            "auf", "aus", "bei", "nach", "wie", "dass", "ist", "sind", "sei", "seien", "hat", "haben", "wir", "sie",
            "ihr", "ihre", "uns", "unsere", "sehr", "nur", "noch", "zwischen");

    private Utterances() {}

    /** The text as compared: marks, bracketed insertions and end punctuation gone, white space folded, lower case. */
    static String normal(String text) {
        String s = text.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("[\"'„“”»«‚‘’‹›]", " ");
        s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return s.replaceAll("^[\\p{Punct}–— ]+|[\\p{Punct}–—… ]+$", "");
    }

    static int words(String normal) {
        return normal.isEmpty() ? 0 : normal.split(" ").length;
    }

    static Set<String> stems(String normal) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(normal.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORD && !FUNCTION_WORDS.contains(w))
                .forEach(w -> out.add(w.length() > STEM ? w.substring(0, STEM) : w));
        return out;
    }

    /** Whether two normalised texts report the same words: one contains the other, or their stems mostly agree. */
    static boolean same(String a, String b) {
        return same(a, stems(a), b, stems(b));
    }

    /** {@link #same(String, String)} with the stems of both texts already known. */
    static boolean same(String a, Set<String> x, String b, Set<String> y) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (words(shorter) >= MIN_CONTAINED_WORDS && (" " + longer + " ").contains(" " + shorter + " ")) return true;
        if (Math.min(x.size(), y.size()) < MIN_STEMS) return false;
        Set<String> common = new TreeSet<>(x);
        common.retainAll(y);
        return common.size() >= OVERLAP * Math.min(x.size(), y.size());
    }
}
