package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.PersonGenders;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves a speaking "er"/"sie" (or "der 45-Jährige") to a person, cautiously: the persons named
 * earlier in its own sentence, else in the sentence before, else in the one before that, leaving out
 * those named inside a prepositional phrase ("nach dem Treffen mit X") and those whose gender the text
 * shows to differ ({@link PersonGenders}); where a scope has no such person, the organisations named or
 * described as a subject there whose article shows the pronoun's gender ("die Polizei" for sie). The
 * first scope with anyone left must leave exactly one, or the pronoun stays unresolved. A "sie" with a
 * plural verb (sagten sie) is a group and stays unresolved.
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
        // "Die Gewerkschaft lehnt den Plan ab. Sie nennt ihn einen Irrweg": with no person to point to, a
        // pronoun of the organisation's gender standing as a subject before it
        boolean organisations = v.isTag(pronoun, "PRON") && gender != PersonGenders.UNKNOWN;
        Map<String, Speaker> found = Map.of();
        // "Die Stadt werde das prüfen, sagte sie.": the words before the frame are what she said, not who she is
        int first = afterReportedWords(pronoun) ? 1 : 0;
        for (int back = first; found.isEmpty() && back <= SENTENCES_BACK && s - back >= 0; back++) {
            int from = v.sentFirst(s - back);
            int to = back == 0 ? pronoun - 1 : v.sentLast(s - back);
            found = persons(from, to, gender);
            // not further back than the sentence before: a person the name finder missed may stand between
            if (found.isEmpty() && organisations && back <= 1) found = organisations(from, to, gender);
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /**
     * The pronoun follows a verb that follows a comma, as in "…, sagte sie": the words before the comma
     * are the reported ones, unless a fronted subordinate clause stands there ("Als X ankam, sagte er").
     */
    private boolean afterReportedWords(int pronoun) {
        int first = v.sentFirst(v.sentence(pronoun));
        return pronoun - 2 > first && v.word(pronoun - 2).equals(",") && Mood.isVerb(v, pronoun - 1)
                && !v.isTag(first, "SCONJ");
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

    /**
     * Organisations named or described ("die Polizei") in tokens [from, to] as the subject of their clause (before its first verb or
     * right after it), outside prepositional phrases, whose article shows the pronoun's gender: "die
     * Gewerkschaft" for sie, "der Verband" for er.
     */
    private Map<String, Speaker> organisations(int from, int to, char gender) {
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (int i = Math.max(from, 0); i <= to; i++) {
            Mention m = v.mentionAt(i);
            // "die Polizei", "der Verband": a body the article describes but does not name
            boolean body = m == null && UnnamedSpeakers.isBodyOrGroup(v, i) && !UnnamedSpeakers.isGroup(v, i)
                    && clauses.genitiveHead(i) < from && !SubjectSearch.titled(v, i);
            if (!(body || m != null && m.type() == EntityType.ORG) || v.quoted(i) || clauses.ppHead(i, from) >= 0) continue;
            int article = articleBefore(i);
            if (article < 0 || !subjectPlace(from, article) || orgGender(article, i) != gender) continue;
            Speaker sp = body ? UnnamedSpeakers.at(v, i) : new Speaker(m.span(), v.entityKey(m.span()));
            if (sp.key() != null) out.put(sp.key(), sp);
        }
        return out;
    }

    private int articleBefore(int i) {
        int j = i - 1;
        while (j >= 0 && v.isTag(j, "ADJ")) j--;
        // "der Konzern Nordwerk": the article of the title noun
        if (j >= 0 && v.isTag(j, "NOUN") && SubjectSearch.titled(v, j)) j--;
        return j >= 0 && v.isTag(j, "DET") ? j : -1;
    }

    /** "die" before a feminine head, "der" before a masculine one (not the dative "der Polizei"). */
    private char orgGender(int article, int name) {
        int head = v.isTag(article + 1, "NOUN") && v.mentionAt(article + 1) == null ? article + 1 : name;
        String w = v.word(head);
        GermanLexicon lex = GermanLexicon.get();
        if (v.isWord(article, "die") && !lex.any(w, f -> f.isCommonNoun() && (f.has("MAS") || f.has("NEU")))) {
            return PersonGenders.FEMININE;
        }
        boolean masculine = lex.any(w, f -> f.isCommonNoun() && f.has("MAS") && f.has("NOM"));
        return v.isWord(article, "der") && masculine ? PersonGenders.MASCULINE : PersonGenders.UNKNOWN;
    }

    /** The article opens its sentence's first phrase, or follows its first verb: where a subject stands. */
    private boolean subjectPlace(int from, int article) {
        int verbs = 0;
        for (int k = from; k < article; k++) if (v.isTag(k, "VERB") || v.isTag(k, "AUX")) verbs++;
        return verbs == 0 || verbs == 1 && (v.isTag(article - 1, "VERB") || v.isTag(article - 1, "AUX"));
    }
}
