package ekg.ingest.kb;

import java.util.Locale;

/** Inflection-tolerant comparison of German words, enough for nouns and adjectives in role phrases. */
public final class GermanWords {
    private static final String[] ENDINGS = {"en", "em", "er", "es", "e", "n", "s"};

    private GermanWords() {
    }

    public static String stem(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        for (String e : ENDINGS) {
            if (s.length() > e.length() + 3 && s.endsWith(e)) return s.substring(0, s.length() - e.length());
        }
        return s;
    }
}
