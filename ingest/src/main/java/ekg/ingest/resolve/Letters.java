package ekg.ingest.resolve;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Latin letters that ASCII lacks, as the press writes a name without them: "Kęsłowski" is "Keslowski",
 * "Søren" "Soren", "Straße" "Strasse". Letters with a mark drop the mark ("é" → "e"); letters that are
 * letters of their own get their usual transliteration ("ł" → "l", "ø" → "o", "æ" → "ae", "đ" → "d").
 */
public final class Letters {
    private static final Map<Character, String> OWN = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('æ', "ae"), Map.entry('Æ', "Ae"),
            Map.entry('œ', "oe"), Map.entry('Œ', "Oe"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "Th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"), Map.entry('ŀ', "l"), Map.entry('Ŀ', "L"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    // Each character's folded form, made on first sight: with the normaliser and the regex in its loop,
    // fold() was the optimising compiler's largest job while extracting (48 KB of code, seconds of its
    // time, and again after a deoptimisation), CPU taken from the extraction threads on a busy machine.
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    private Letters() {
    }

    /** The text with every Latin letter in ASCII, case kept; other characters stay as they are. */
    public static String fold(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(text.length() + 4).append(text, 0, i);
            String folded = FOLDED[c];
            // Threads may race to fill a slot: each writes an equal immutable string.
            if (folded == null) FOLDED[c] = folded = foldChar(c);
            b.append(folded);
        }
        return b == null ? text : b.toString();
    }

    /** One character above ASCII, folded. */
    static String foldChar(char c) {
        String own = OWN.get(c);
        if (own != null) return own;
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        String base = MARKS.matcher(d).replaceAll("");
        return base.isEmpty() ? d : base;
    }
}
