package ekg.ingest.names;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;

import java.util.List;
import java.util.Locale;

import static ekg.ingest.names.GermanWords.AFTER_QUOTE;
import static ekg.ingest.names.GermanWords.DETERMINERS;
import static ekg.ingest.names.GermanWords.INFLECTED;
import static ekg.ingest.names.GermanWords.LEGAL_FORMS;
import static ekg.ingest.names.GermanWords.OPENERS;
import static ekg.ingest.names.GermanWords.SPEECH_VERBS;
import static ekg.ingest.names.NameRules.curated;

/**
 * The name rules about people, which {@link NameRules} runs token by token: who a capitalised word after
 * a role noun, a verb of saying or a given name is, and where a person's name begins and ends.
 */
final class PersonNameRules {
    private static final int MAX_NAME_TOKENS = 3;

    private final NameLists lists;

    PersonNameRules(NameLists lists) {
        this.lists = lists;
    }

    /**
     * "CVP-Ständerat Eugen David", "Hat Mr. Krugman": a model's name that ends in a person's name, opened
     * by a given name or following a role noun inside it, is that person's name.
     */
    void atEnd(SentenceView s, int i) {
        Mention m = s.at(i);
        if (m == null || curated(m) || m.type() == EntityType.OTH || !s.startsAt(m, i)) return;
        int end = s.endIndex(m);
        for (int g = i + 1; g < end; g++) {
            boolean given = g < end - 1 && lists.isGivenName(s.word(g)) && !lists.isGivenName(s.word(g - 1));
            boolean afterRole = g - 1 > i && lists.isRoleNoun(s.word(g - 1));
            if ((given || afterRole) && end - g <= MAX_NAME_TOKENS && nameWords(s, g, end)) {
                s.replace(m, g, end, EntityType.PER);
                return;
            }
        }
    }

    /**
     * "Hitlers Vizekanzler", "Stanleys Geburtsdatum": a person's name ends with a known name in the genitive,
     * and never with a role noun; what follows is not part of it.
     */
    void tail(SentenceView s, int i) {
        Mention m = s.at(i);
        if (m == null || curated(m) || m.type() != EntityType.PER || !s.startsAt(m, i)) return;
        int end = s.endIndex(m);
        for (int k = i; k < end - 1; k++) {
            String base = Genitive.base(s.word(k));
            if (base != null && (lists.isLastName(base) || lists.isGivenName(base))) {
                s.replace(m, i, k + 1, EntityType.PER);
                return;
            }
        }
        if (end - i > 1 && lists.isRoleNoun(s.word(end - 1))) s.replace(m, i, end - 1, EntityType.PER);
    }

    private boolean nameWords(SentenceView s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!nameWord(s, k)) return false;
        }
        return true;
    }

    void afterRoleNoun(SentenceView s, int i) {
        if (i + 1 >= s.size() || !lists.isRoleNoun(s.word(i)) || s.at(i) != null) return;
        int start = i + 1;
        Mention m = s.at(start);
        if (m != null) {
            if (s.startsAt(m, start) && m.type() != EntityType.PER && !curated(m) && s.tokens(m) <= 2) {
                s.retype(m, EntityType.PER);
            }
            return;
        }
        int end = nameRun(s, start);
        if (end > start) s.add(start, end, EntityType.PER);
    }

    void beforeApposition(SentenceView s, int i) {
        if (i + 2 >= s.size() || !s.word(i + 1).equals(",") || !lists.isRoleNoun(s.word(i + 2))) return;
        Mention m = s.at(i);
        if (m != null) {
            if (m.type() != EntityType.PER && !curated(m) && s.tokens(m) <= 2) s.retype(m, EntityType.PER);
            return;
        }
        int start = i;
        while (start > 0 && i - start + 1 < MAX_NAME_TOKENS && nameWord(s, start - 1)) start--;
        boolean bounded = start > 0 && !NameTokens.capitalised(s.word(start - 1));
        if (i > start && bounded && nameWord(s, i)) s.add(start, i + 1, EntityType.PER);
    }

    /**
     * "„Wir bleiben“, sagte Rüttgers." The capitalised words right after a verb of saying that follows a
     * quotation name the speaker, a person, unless a role noun comes first (that rule has them) or the run
     * goes on into more capitalised words whose end is unclear.
     */
    void afterSpeechVerb(SentenceView s, int i) {
        if (i < 2 || !SPEECH_VERBS.contains(s.word(i - 1)) || !AFTER_QUOTE.contains(s.word(i - 2))
                || s.at(i) != null || plural(s.word(i))) {
            return;
        }
        int end = nameRun(s, i);
        if (end > i && (end == s.size() || !NameTokens.capitalised(s.word(end)))) s.add(i, end, EntityType.PER);
    }

    /** "Experten", "Analysten": a role noun in the plural, which speaks for a group, not a person. */
    private boolean plural(String w) {
        return w.endsWith("n") && (lists.isRoleNoun(w.substring(0, w.length() - 1))
                || w.endsWith("en") && lists.isRoleNoun(w.substring(0, w.length() - 2)));
    }

    void givenName(SentenceView s, int i) {
        // The next word's capital is asked first: it is cheaper than the lists, and nameWord asks it too.
        if (i + 1 >= s.size() || !NameTokens.capitalised(s.word(i + 1)) || !lists.isGivenName(s.word(i))
                || !nameWord(s, i + 1)) {
            return;
        }
        Mention here = s.at(i);
        Mention next = s.at(i + 1);
        if (here != null && s.startsAt(here, i) && s.tokens(here) > 1 && here.type() != EntityType.PER
                && !curated(here) && !LEGAL_FORMS.contains(s.word(s.endIndex(here) - 1))) {
            s.retype(here, EntityType.PER);
        } else if (here == null && next != null && next.type() == EntityType.PER && s.startsAt(next, i + 1)) {
            s.replace(next, i, s.endIndex(next), EntityType.PER);
        } else if (here != null && next == null && here.type() == EntityType.PER && s.tokens(here) == 1) {
            s.replace(here, i, i + 2, EntityType.PER);
        } else if (here == null && next == null) {
            s.add(i, i + 2, EntityType.PER);
        }
    }

    /**
     * "verfolgte Hitler die ...", "erzählt Sullivan": a free word that is a known last name or first name of
     * some country, inside the sentence, is a person unless an article or an inflected word (an adjective,
     * a possessive) stands before it, which makes it a noun ("der Koch", "neue Romane"). People named by one
     * word were the commonest misses; words that are mostly common German words are not in the lists.
     */
    void knownNameAlone(SentenceView s, int i) {
        String w = s.word(i);
        if (i == 0 || !NameTokens.capitalised(w) || s.at(i) != null || !(lists.isLastName(w) || lists.words().isFirst(w))
                || !nameWord(s, i)) {
            return;
        }
        String prev = s.word(i - 1);
        boolean word = Character.isLetter(prev.charAt(0));
        if (!word && !OPENERS.contains(prev)) return;
        if (DETERMINERS.contains(prev.toLowerCase(Locale.GERMAN)) || INFLECTED.matcher(prev).matches()) return;
        s.add(i, i + 1, EntityType.PER);
    }

    /** Whether token {@code i} ends a person's name: a person's mention, or a given name. */
    boolean personBefore(SentenceView s, int i) {
        Mention m = s.at(i);
        return m != null ? m.type() == EntityType.PER : lists.isGivenName(s.word(i));
    }

    /** The end of a run of name-like words from {@code start}, at most {@value #MAX_NAME_TOKENS} long. */
    private int nameRun(SentenceView s, int start) {
        int end = start;
        while (end < s.size() && end - start < MAX_NAME_TOKENS && nameWord(s, end) && s.at(end) == null) end++;
        return end;
    }

    /** A capitalised word that is not a role noun and not a listed name of another type. */
    boolean nameWord(SentenceView s, int i) {
        String w = s.word(i);
        if (!NameTokens.capitalised(w) || lists.isRoleNoun(w) || !Character.isLetter(w.charAt(w.length() - 1))) {
            return false;
        }
        EntityType listed = lists.gazetteer().typeOf(List.of(w));
        return listed == null || listed == EntityType.PER;
    }
}
