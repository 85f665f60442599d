package ekg.ingest.quote;

import ekg.ingest.doc.Entity;
import ekg.ingest.doc.Span;
import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.GivenNames;
import ekg.ingest.morph.WordForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The grammatical gender a person takes in the article, as far as the text shows it: a given name the
 * German lexicon knows as only female or only male (Anna, Jonas), "Frau"/"Herr", or a feminine noun
 * right before one of the person's mentions (Ministerin Berg). A masculine role noun says nothing,
 * since German uses it for women too. {@link #UNKNOWN} when nothing shows.
 */
final class Genders {
    static final char FEMININE = GivenNames.FEMININE;
    static final char MASCULINE = GivenNames.MASCULINE;
    static final char UNKNOWN = GivenNames.UNKNOWN;

    private final TextView v;
    private final Map<String, Character> byKey = new HashMap<>();

    Genders(TextView v) {
        this.v = v;
    }

    /** The gender of the person with entity key {@code key}. */
    char of(String key) {
        return byKey.computeIfAbsent(key, this::compute);
    }

    private char compute(String key) {
        Entity e = v.doc.entities().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
        if (e == null) return UNKNOWN;
        char found = UNKNOWN;
        for (Span s : e.mentions()) {
            char g = ofMention(s);
            if (g == UNKNOWN) continue;
            if (found != UNKNOWN && found != g) return UNKNOWN;
            found = g;
        }
        return found;
    }

    private char ofMention(Span s) {
        String first = s.of(v.text).split("\\s+")[0];
        char name = GivenNames.gender(first);
        if (name != UNKNOWN) return name;
        int k = v.firstTokenAtOrAfter(s.begin());
        if (k == 0 || k >= v.size()) return UNKNOWN;
        String before = v.word(k - 1);
        if (before.equals("Frau")) return FEMININE;
        if (before.equals("Herr") || before.equals("Herrn")) return MASCULINE;
        if (!Character.isUpperCase(before.charAt(0))) return UNKNOWN;
        return only(before, f -> f.tag().startsWith("SUB:") && f.tag().endsWith(":FEM")) ? FEMININE : UNKNOWN;
    }

    private static boolean only(String word, Predicate<WordForm> test) {
        List<WordForm> forms = GermanLexicon.get().lookup(word);
        return !forms.isEmpty() && forms.stream().allMatch(test);
    }
}
