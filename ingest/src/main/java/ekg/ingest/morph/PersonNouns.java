package ekg.ingest.morph;

/**
 * Common nouns that name people, told by German's feminine derivation rather than by a list: a masculine
 * noun whose feminine in "-in" the lexicon knows (Soldat and Soldatin, Eigentümer and Eigentümerin,
 * Kandidat and Kandidatin), or such a feminine itself, in any form that can be a subject (der Soldat, die
 * Soldaten, die Kandidatinnen; not the dative "den Bürgern"). Things have no such pair: a "Termin" is
 * masculine but no feminine of a "Term". Pairs that umlaut (Arzt, Ärztin) are not found this way.
 *
 * <pre>{@code
 * PersonNouns.isPersonNoun("Eigentümerin")   // true
 * PersonNouns.isPersonNoun("Vorschlag")      // false
 * }</pre>
 */
public final class PersonNouns {
    private static final String FEMININE = "in";
    /** Asked of the nouns around every cue: a compound the lexicon lacks costs a lookup per split tried. */
    private static final WordMemo<Boolean> ANSWERS = new WordMemo<>(100_000, PersonNouns::compute);

    private PersonNouns() {
    }

    /**
     * Whether {@code word} is a common noun naming a person, read as a nominative; a compound the lexicon
     * lacks is read by its longest part that the lexicon knows (Grenzsoldaten: Soldaten).
     */
    public static boolean isPersonNoun(String word) {
        return ANSWERS.get(word);
    }

    private static boolean compute(String word) {
        GermanLexicon lex = GermanLexicon.get();
        String head = lex.knownHead(word);
        return head != null && personReading(lex, head);
    }

    private static boolean personReading(GermanLexicon lex, String word) {
        for (String lemma : lex.lemmas(word, f -> f.isCommonNoun() && f.has("NOM"))) {
            if (person(lex, lemma)) return true;
        }
        return false;
    }

    private static boolean person(GermanLexicon lex, String lemma) {
        if (lemma.endsWith(FEMININE) && lemma.length() > FEMININE.length() + 2 && noun(lex, lemma, "FEM")) {
            return noun(lex, lemma.substring(0, lemma.length() - FEMININE.length()), "MAS");
        }
        return noun(lex, lemma, "MAS") && noun(lex, lemma + FEMININE, "FEM");
    }

    private static boolean noun(GermanLexicon lex, String form, String gender) {
        return lex.any(form, f -> f.isCommonNoun() && f.has(gender));
    }
}
