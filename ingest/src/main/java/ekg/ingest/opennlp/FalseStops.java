package ekg.ingest.opennlp;

import ekg.ingest.time.GermanCalendar;
import java.util.Locale;
import java.util.Set;

/**
 * Stops that the sentence model takes for a sentence end but German puts inside one: the point of an
 * ordinal ("am 26. September", "der 6. Strafsenat", "vom 4. auf den 5. Juni"), of an abbreviation
 * ("bzw.", "ca.", "43 Mrd. Euro"), and any stop followed by a lower-case word or a comma, with which
 * no German sentence starts ("Wozu das?, fragt sie").
 */
final class FalseStops {
    /** Words that take an ordinal after them: articles, their contractions with prepositions, possessives. */
    private static final Set<String> BEFORE_ORDINAL = Set.of("am", "im", "vom", "zum", "zur", "beim", "ins", "bis",
            "ab", "seit", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
            "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
            "dieser", "diese", "diesem", "diesen", "dieses", "jeder", "jede", "jedem", "jeden", "jedes");
    /** Abbreviations that never end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("ca", "bzw", "vgl", "sog", "inkl", "zzgl", "ggf", "evtl",
            "nr", "abs", "dr", "prof", "hl", "st");
    /** Abbreviations of amounts, inside a sentence after a number ("43 Mrd. Euro"). */
    private static final Set<String> AMOUNTS = Set.of("mio", "mrd", "tsd");
    /** Most digits of an ordinal. */
    private static final int ORDINAL_DIGITS = 3;

    private FalseStops() {}

    /**
     * Whether the sentence that ends at {@code end} (exclusive, after its stop) goes on in the one that
     * starts at {@code next}.
     */
    static boolean joins(String text, int end, int next) {
        if (end < 2 || next >= text.length()) return false;
        char first = text.charAt(next);
        if (Character.isLowerCase(first) || first == ',') return true;
        if (text.charAt(end - 1) != '.') return false;
        int wb = wordStart(text, end - 1);
        String word = text.substring(wb, end - 1).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word)) return true;
        String before = wb >= 2 ? text.substring(wordStart(text, wb - 1), wb - 1).toLowerCase(Locale.ROOT) : "";
        if (AMOUNTS.contains(word)) return !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
        if (word.length() > ORDINAL_DIGITS || !word.chars().allMatch(Character::isDigit)) return false;
        String after = text.substring(next, wordEnd(text, next)).toLowerCase(Locale.ROOT);
        return GermanCalendar.isMonth(after) || BEFORE_ORDINAL.contains(before);
    }

    /** The start of the word that ends at {@code end} (exclusive). */
    private static int wordStart(String text, int end) {
        int b = end;
        while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) b--;
        return b;
    }

    private static int wordEnd(String text, int begin) {
        int e = begin;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return e;
    }
}
