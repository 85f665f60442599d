package ekg.ingest.event;

import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Lemmas of words for the trigger lexicon: a noun's lemma, or that of its head when it is a compound
 * ("Präsidentenwahlen" is a "Wahl", "Germanwings-Absturzes" an "Absturz"); a verb's lemma, also of a
 * participle used as an adjective ("festgenommene" is "festnehmen").
 */
final class Compounds {
    /** The shortest first part of an unhyphenated compound: "Zug" is, "Bei" of "Beispiel" is no word of its own. */
    private static final int MIN_MODIFIER = 3;
    private static final int MIN_HEAD = 3;
    private static final int MIN_LONG_PART = 5;
    /** Linking elements between the parts of a compound: "Arbeit-s-unfall", "Präsident-en-wahl". */
    private static final List<String> LINKS = List.of("s", "es", "n", "en", "e", "er", "ns");
    /** Endings of a noun's cases and plurals: "Knochenbruch-s", "Sturmwarnung-en". */
    private static final List<String> INFLECTIONS = List.of("es", "s", "en", "n", "e");

    /** A compound's head lemma and the part of the word before the head, or before its hyphen ("" when none). */
    record Head(String lemma, String modifier) {
    }

    private final GermanLexicon lexicon;

    Compounds(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The noun lemma of {@code word} or of its head that {@code known} accepts, the longest head first; null when none. */
    Head head(String word, Predicate<String> known) {
        int dash = word.lastIndexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            Head h = head(word.substring(dash + 1), known);
            if (h == null) return null;
            return new Head(h.lemma(), word.substring(0, dash));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // "Beispielhaft" opening a sentence is the adjective, whatever its last part is.
        if (!lexicon.knows(word) && lexicon.knows(lower)) return null;
        String lemma = lemma(word, known);
        if (lemma != null) return new Head(lemma, "");
        // A part the lexicon knows is the head of a compound it lacks: "Sportausschuss" is an "Ausschuss", no "Schuss".
        boolean guess = !lexicon.knows(word);
        for (int k = MIN_MODIFIER; k <= word.length() - MIN_HEAD; k++) {
            String head = Character.toUpperCase(word.charAt(k)) + word.substring(k + 1);
            lemma = lemma(head, known);
            String modifier = word.substring(0, k);
            if (lemma != null && (isWord(modifier) || guess && longParts(modifier, head))) return new Head(lemma, modifier);
            if (lemma == null && head.length() >= MIN_LONG_PART && lexicon.knows(head)) guess = false;
        }
        return null;
    }

    /**
     * Whether both parts of a compound the lexicon lacks are long enough to be words although the
     * lexicon lacks the first too ("Lizenz-zahlungen", "Advent-konzert"); false heads are short
     * ("Sena-tor").
     */
    private static boolean longParts(String modifier, String head) {
        return modifier.length() >= MIN_LONG_PART && head.length() >= MIN_LONG_PART;
    }

    /**
     * The word itself when {@code known} accepts it (compounds the lexicon lacks), else its first accepted
     * noun lemma; a word the lexicon lacks also without an inflection ending ("Knochenbruchs",
     * "Sturmwarnungen"), since the lexicon cannot know every compound's forms.
     */
    private String lemma(String word, Predicate<String> known) {
        if (known.test(word)) return word;
        for (String lemma : lexicon.lemmas(word, WordForm::isCommonNoun)) {
            if (known.test(lemma)) return lemma;
        }
        if (lexicon.knows(word)) return null;
        for (String ending : INFLECTIONS) {
            if (word.length() > ending.length() + MIN_HEAD && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (known.test(stem)) return stem;
            }
        }
        return null;
    }

    /**
     * Whether a compound's first part is a word: the lexicon knows it, perhaps without its linking
     * element; false heads have first parts that are none ("Sena-tor", "Gewerksc-haft").
     */
    private boolean isWord(String part) {
        if (lexicon.knows(part) || lexicon.knows(part.toLowerCase(Locale.ROOT))) return true;
        for (String link : LINKS) {
            if (part.length() > link.length() + 2 && part.endsWith(link)) {
                String stem = part.substring(0, part.length() - link.length());
                if (lexicon.knows(stem) || lexicon.knows(stem.toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /**
     * The lemmas a lower-case word may stand for: a verb's infinitive, a past participle's verb and the
     * participle itself ("festgenommene": "festgenommen", "festnehmen"), an adjective's base form ("tot");
     * a present participle only as itself, since "entscheidend" is no deciding.
     */
    List<String> verbLemmas(String word) {
        List<WordForm> forms = lexicon.lookup(word);
        if (forms.isEmpty()) return UnknownVerbs.guess(word, this::knownVerbLemmas);
        List<String> out = new ArrayList<>();
        // "locker" is an adjective, not the imperative of "lockern"; "entscheidend" is no deciding.
        boolean other = forms.stream().anyMatch(f -> !f.isVerb());
        for (WordForm f : forms) {
            String tag = f.tag();
            if (f.isVerb() && (f.has("PA1") || other && f.has("IMP"))) continue;
            if (f.isVerb() || tag.startsWith("ADJ") || tag.startsWith("PA1")) add(out, f.lemma());
            if (tag.startsWith("PA2")) {
                add(out, f.lemma());
                for (String v : lexicon.lemmas(f.lemma(), WordForm::isVerb)) add(out, v);
            }
        }
        return out;
    }

    /** The verb lemmas of a word the lexicon knows, none for one it lacks: a guess is not built on a guess. */
    private List<String> knownVerbLemmas(String word) {
        return lexicon.lookup(word).isEmpty() ? List.of() : verbLemmas(word);
    }

    private static void add(List<String> out, String lemma) {
        if (!out.contains(lemma)) out.add(lemma);
    }
}
