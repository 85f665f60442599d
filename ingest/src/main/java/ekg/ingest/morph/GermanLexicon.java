package ekg.ingest.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's German full-form lexicon ({@code de.danielnaber:german-pos-dict}, CC BY-SA 4.0, about
 * five million forms from Morphy and korrekturen.de): every reading of a word form as lemma and tag.
 * Loaded once per JVM; lookups are thread-safe.
 *
 * <pre>{@code
 * GermanLexicon lex = GermanLexicon.get();
 * lex.any("sei", WordForm::isSubjunctiveOne);          // true
 * lex.lookup("Regierung");                             // [Regierung/SUB:NOM:SIN:FEM, ...]
 * }</pre>
 */
public final class GermanLexicon {
    /** The shortest parts of a compound the lexicon lacks: "Wahlkampf|berater", "Grenz|soldaten". */
    private static final int MIN_MODIFIER = 3;
    private static final int MIN_HEAD = 4;
    private static final String DICT = "/org/languagetool/resource/de/german.dict";
    private static volatile GermanLexicon shared;

    private final ThreadLocal<DictionaryLookup> lookups;
    /** Words repeat across articles: the readings of the most recent ones, for every stage. */
    private final WordMemo<List<WordForm>> remembered = new WordMemo<>(200_000, this::read);

    private GermanLexicon(Dictionary dictionary) {
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The lexicon on the classpath, read on first use. */
    public static GermanLexicon get() {
        GermanLexicon l = shared;
        if (l == null) {
            synchronized (GermanLexicon.class) {
                if (shared == null) shared = new GermanLexicon(read());
                l = shared;
            }
        }
        return l;
    }

    private static Dictionary read() {
        URL url = GermanLexicon.class.getResource(DICT);
        if (url == null) throw new IllegalStateException("german-pos-dict is not on the classpath: " + DICT);
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the German lexicon " + url, e);
        }
    }

    /** Every reading of the form as written (case matters: "Essen" the noun, "essen" the verb). */
    public List<WordForm> lookup(String form) {
        if (form == null || form.isEmpty()) return List.of();
        return remembered.get(form);
    }

    private List<WordForm> read(String form) {
        List<WordData> found = lookups.get().lookup(form);
        List<WordForm> out = new ArrayList<>(found.size());
        // Morfologik reuses its WordData objects: copy the strings before the next lookup.
        for (WordData d : found) {
            CharSequence lemma = d.getStem(), tag = d.getTag();
            if (lemma != null && tag != null) out.add(new WordForm(lemma.toString(), tag.toString()));
        }
        return List.copyOf(out);
    }

    /**
     * The form itself when the lexicon knows it, else the longest last part of it that the lexicon knows,
     * capitalised, as the head of a compound it lacks ("Oppositionsparteien": "Parteien"), with at least
     * three letters before it and four in it; null when none.
     */
    public String knownHead(String form) {
        if (knows(form)) return form;
        for (int k = MIN_MODIFIER; k <= form.length() - MIN_HEAD; k++) {
            String head = Character.toUpperCase(form.charAt(k)) + form.substring(k + 1);
            if (knows(head)) return head;
        }
        return null;
    }

    /** Whether the lexicon knows the form at all. */
    public boolean knows(String form) {
        return !lookup(form).isEmpty();
    }

    /** Whether some reading of the form passes the test. */
    public boolean any(String form, Predicate<WordForm> test) {
        for (WordForm w : lookup(form)) if (test.test(w)) return true;
        return false;
    }

    /** Whether every reading of a known form passes the test (false for an unknown form). */
    public boolean all(String form, Predicate<WordForm> test) {
        List<WordForm> forms = lookup(form);
        return !forms.isEmpty() && forms.stream().allMatch(test);
    }

    /** The lemmas of the form's readings that pass the test, in the lexicon's order, without repeats. */
    public List<String> lemmas(String form, Predicate<WordForm> test) {
        List<String> out = new ArrayList<>();
        for (WordForm w : lookup(form)) if (test.test(w) && !out.contains(w.lemma())) out.add(w.lemma());
        return out;
    }
}
