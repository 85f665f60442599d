package ekg.ingest.kb;

import java.util.Locale;

/** Inflection-tolerant comparison of German words, enough for nouns and adjectives in role phrases. */
public final class GermanWords {
    private static final String[] ENDINGS = {"en", "em", "er", "es", "e", "n", "s"};

    private GermanWords() {
    }

    /** True when {@code token} is an inflected form of the adjective stem ("russischen" for "russisch"). */
    public static boolean adjectiveOf(String token, String adjectiveStem) {
        String t = token.toLowerCase(Locale.ROOT);
        String a = adjectiveStem.toLowerCase(Locale.ROOT);
        if (!t.startsWith(a)) return false;
        String ending = t.substring(a.length());
        return ending.isEmpty() || ending.equals("e") || ending.equals("en") || ending.equals("er")
                || ending.equals("es") || ending.equals("em");
    }

    public static String stem(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        for (String e : ENDINGS) {
            if (s.length() > e.length() + 3 && s.endsWith(e)) return s.substring(0, s.length() - e.length());
        }
        return s;
    }
}
