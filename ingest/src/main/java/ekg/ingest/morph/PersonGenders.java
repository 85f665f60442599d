package ekg.ingest.morph;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The grammatical gender a person takes in an article, as far as the text shows it: a given name the
 * German lexicon knows as only female or only male (Anna, Jonas), "Frau"/"Herr", or a feminine noun
 * right before one of the person's mentions (Ministerin Berg). A masculine role noun says nothing,
 * since German uses it for women too. {@link #UNKNOWN} when nothing shows, or the mentions disagree.
 * Speakers and event actors resolve their pronouns with it.
 *
 * <pre>{@code
 * PersonGenders genders = new PersonGenders(doc);
 * if (genders.of("anna-berg") == PersonGenders.FEMININE) ...
 * }</pre>
 */
public final class PersonGenders {
    public static final char FEMININE = GivenNames.FEMININE;
    public static final char MASCULINE = GivenNames.MASCULINE;
    public static final char UNKNOWN = GivenNames.UNKNOWN;

    private final Doc doc;
    private final Map<String, Character> byKey = new HashMap<>();

    public PersonGenders(Doc doc) {
        this.doc = doc;
    }

    /** The gender of the person with entity key {@code key}. */
    public char of(String key) {
        return byKey.computeIfAbsent(key, this::compute);
    }

    /**
     * Whether a verb right beside the pronoun at token {@code pronoun}, in its sentence, is in the third
     * person plural only ("sie erklärten", "wurden sie"): then "sie" is no woman.
     */
    public static boolean pluralVerbBeside(Doc doc, int pronoun) {
        List<Token> tokens = doc.tokens();
        for (int k : new int[] {pronoun - 1, pronoun + 1}) {
            if (k < 0 || k >= tokens.size() || tokens.get(k).sentence() != tokens.get(pronoun).sentence()) continue;
            String tag = doc.pos().get(k);
            if (!(verbTag(tag, "VERB") || verbTag(tag, "AUX"))) continue;
            GermanLexicon lex = GermanLexicon.get();
            String w = tokens.get(k).text();
            return lex.any(w, f -> f.tag().contains(":3:PLU")) && !lex.any(w, f -> f.tag().contains(":3:SIN"));
        }
        return false;
    }

    /** The tag, or a contraction's tag that opens with it ("VERB+PRON"). */
    private static boolean verbTag(String tag, String verb) {
        return tag.equals(verb) || tag.startsWith(verb + "+");
    }

    private char compute(String key) {
        Entity e = doc.entities().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
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
        String first = doc.cover(s).split("\\s+")[0];
        char name = GivenNames.gender(first);
        if (name != UNKNOWN) return name;
        DocIndex ix = doc.index();
        int k = ix.firstTokenEndingAfter(s.begin());
        if (k == 0 || k >= doc.tokens().size()) return UNKNOWN;
        String before = doc.tokens().get(k - 1).text();
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
