package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.PersonGenders;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves a speaking "er"/"sie" (or "der 45-Jährige") to a person, cautiously: the persons named
 * earlier in its own sentence, else in the sentence before, else in the one before that, leaving out
 * those named inside a prepositional phrase ("nach dem Treffen mit X") and those whose gender the text
 * shows to differ ({@link PersonGenders}); the first scope with anyone left must leave exactly one, or the
 * pronoun stays unresolved. A "sie" with a plural verb (sagten sie) is a group and stays unresolved.
 */
final class PronounResolver {
    private static final int SENTENCES_BACK = 2;

    private final TextView v;
    private final Clauses clauses;
    private final PersonGenders genders;

    PronounResolver(TextView v, Clauses clauses) {
        this.v = v;
        this.clauses = clauses;
        this.genders = new PersonGenders(v.doc);
    }

    /** The person {@code pronoun} (a token index) refers to, or null when the text does not settle it. */
    Speaker resolve(int pronoun) {
        char gender = genderOf(pronoun);
        if (gender == PersonGenders.FEMININE && PersonGenders.pluralVerbBeside(v.doc, pronoun)) return null;
        int s = v.sentence(pronoun);
        Map<String, Speaker> found = persons(v.sentFirst(s), pronoun - 1, gender);
        for (int back = 1; found.isEmpty() && back <= SENTENCES_BACK && s - back >= 0; back++) {
            found = persons(v.sentFirst(s - back), v.sentLast(s - back), gender);
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /** "er", "der 45-Jährige": masculine; "sie", "die 45-Jährige": feminine (or plural). */
    private char genderOf(int i) {
        String w = v.lower(i);
        if (w.equals("er") || w.equals("ihm") || w.equals("ihn")) return PersonGenders.MASCULINE;
        if (w.equals("sie") || w.equals("ihr")) return PersonGenders.FEMININE;
        int j = i - 1;
        while (j >= 0 && v.isTag(j, "ADJ")) j--;
        if (j >= 0 && v.isWord(j, "der")) return PersonGenders.MASCULINE;
        if (j >= 0 && v.isWord(j, "die")) return PersonGenders.FEMININE;
        return PersonGenders.UNKNOWN;
    }

    /** The verb next to the pronoun is in the third person plural only (sagten sie, sie erklärten). */
    /**
     * Persons named in tokens [from, to] outside prepositional phrases and of a gender that fits, by
     * entity key (or text when unresolved), with their last mention.
     */
    private Map<String, Speaker> persons(int from, int to, char gender) {
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (int i = Math.max(from, 0); i <= to; i++) {
            Mention m = v.mentionAt(i);
            if (m == null || m.type() != EntityType.PER || v.quoted(i) || clauses.ppHead(i, from) >= 0) continue;
            String key = v.entityKey(m.span());
            if (key != null && gender != PersonGenders.UNKNOWN) {
                char g = genders.of(key);
                if (g != PersonGenders.UNKNOWN && g != gender) continue;
            }
            out.put(key != null ? key : "?" + m.text(), new Speaker(m.span(), key));
        }
        return out;
    }
}
