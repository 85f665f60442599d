package ekg.ingest.names;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;

import java.util.List;
import java.util.regex.Pattern;

import static ekg.ingest.names.GermanWords.LEGAL_FORMS;

/**
 * Checks of the statistical model's names against what the German lexicon and the name lists know, which
 * {@link NameRules} runs token by token. The model learned much of its German from historical newspapers,
 * and it takes capitalised common nouns and people for places: a place the lexicon knows only as a
 * common noun ("Land", "Klammern") is no name, and a name of two or three words that a first name of the
 * lexicon opens ("Rainer Eppelmann") is a person's. Names a list or the knowledge base gave are left alone.
 */
final class ModelNameChecks {
    private static final int MAX_NAME_TOKENS = 3;
    // Nouns that end names of places and buildings: "Schulstraße", "Marienkirche", "Wannsee".
    private static final Pattern SITE = Pattern.compile(
            ".*(straße|strasse|platz|weg|allee|kirche|schule|see|berg|stadt|dorf|burg|tal|wald|hof|haus)");

    private final NameLists lists;

    ModelNameChecks(NameLists lists) {
        this.lists = lists;
    }

    /** Applies the checks to a model's name that starts at token {@code i}. */
    void at(SentenceView s, int i) {
        Mention m = s.at(i);
        if (m == null || !m.foundBy().startsWith("ner:") || !s.startsAt(m, i)) return;
        int n = s.tokens(m);
        if (m.type() == EntityType.LOC && n == 1 && commonNoun(s.word(i))) {
            s.remove(m);
        } else if (m.type() != EntityType.PER && n >= 2 && n <= MAX_NAME_TOKENS && person(s, i, n)) {
            s.retype(m, EntityType.PER);
        }
    }

    /** A word the lexicon knows only as a common noun, with no other capital, that no list knows as a name. */
    private boolean commonNoun(String w) {
        GermanLexicon lex = GermanLexicon.get();
        return w.chars().filter(Character::isUpperCase).count() == 1 && lex.knows(w) && lex.all(w, x -> x.isCommonNoun())
                && !listedPlace(w) && !lists.isLastName(w) && !lists.isGivenName(w);
    }

    /**
     * A name that a first name of the lexicon opens ("Rainer Eppelmann", "Uta Hagen"), unless a legal form or a
     * site noun closes it ("Rainer Meier GmbH", "Anne Frank Gesamtschule").
     */
    private static boolean person(SentenceView s, int i, int n) {
        String last = s.word(i + n - 1);
        return lexiconFirstName(s.word(i)) && !LEGAL_FORMS.contains(last) && !SITE.matcher(last).matches();
    }

    /** A first name in the lexicon that is no common noun too ("Rainer", "Uta"; not "August"). */
    private static boolean lexiconFirstName(String w) {
        GermanLexicon lex = GermanLexicon.get();
        return lex.any(w, x -> x.isProperName() && x.tag().endsWith(":VOR")) && !lex.any(w, x -> x.isCommonNoun());
    }

    private boolean listedPlace(String w) {
        return lists.gazetteer().typeOf(List.of(w)) != null || lists.words().isCity(w) || lists.words().isPlace(w);
    }
}
