package ekg.ingest.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text as the development sets' reference scorers compare it, character for character: their
 * quote-mark folding and their "capitalised word" test, so both count the same quotes and speakers.
 */
final class RefText {
    /** The marks the reference folds away (the ASCII apostrophe stays: it is part of names). */
    private static final String MARKS = "„“”\"»«‚‘’›‹";

    private RefText() {}

    /** NFC, quote marks dropped, runs of white space as one space, trimmed. */
    static String fold(String s) {
        return Texts.fold(Normalizer.normalize(s, Normalizer.Form.NFC), MARKS);
    }

    /** The words that start with a capital and have more than two letters; {@code lower} folds their case. */
    static Set<String> capitalised(String s, boolean lower) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!word(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < s.length()) {
                int d = s.codePointAt(i);
                if (!word(d) && d != '\'' && d != '-') break;
                i += Character.charCount(d);
            }
            String w = s.substring(start, i);
            if (Character.isUpperCase(c) && w.codePointCount(0, w.length()) > 2) out.add(lower ? w.toLowerCase(Locale.ROOT) : w);
        }
        return out;
    }

    /** Whether two names share a capitalised word. */
    static boolean shareWord(Set<String> a, String b, boolean lower) {
        for (String w : capitalised(b, lower)) if (a.contains(w)) return true;
        return false;
    }

    /** A word character as a regular expression's {@code \w} over Unicode text: a letter, a number, "_". */
    private static boolean word(int c) {
        return Character.isLetter(c) || c == '_' || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
