package ekg.ingest.event;

import ekg.ingest.doc.EntityType;
import ekg.ingest.event.DocView.Name;
import ekg.ingest.morph.PersonGenders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people a trigger's clause names by a personal or possessive pronoun: news names a person once and
 * goes on with "er" and "sie" ("Bei der Tour gewann er 26 Etappen", "Sein Vertrag wurde verlängert"),
 * so the person the pronoun stands for takes part. A pronoun stands for a person of its gender named
 * before it in its sentence, else in the nearest of the sentences before that names one: the only one
 * there, or the first when it opens that stretch as its subject; otherwise the text does not settle it.
 * A feminine form must meet a person known to be a woman, since "sie" and "ihre" are plural as often; a
 * plural verb beside "sie" rules it out, and makes it the body the sentence before names as its subject.
 */
final class Pronouns {
    private static final Set<String> MASCULINE = Set.of("er", "ihm", "ihn", "sein", "seine", "seinen", "seinem",
            "seiner", "seines");
    private static final Set<String> FEMININE = Set.of("sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres");
    private static final int SENTENCES_BACK = 3;

    private Pronouns() {
    }

    /** Adds to each draft the persons the pronouns of its trigger's clause stand for. */
    static void resolve(DocView v, List<Draft> drafts) {
        PersonGenders genders = new PersonGenders(v.doc);
        for (Draft d : drafts) {
            int[] c = v.clause(d.token);
            for (int i = c[0]; i < c[1]; i++) {
                char gender = MASCULINE.contains(v.lower(i)) ? PersonGenders.MASCULINE
                        : FEMININE.contains(v.lower(i)) ? PersonGenders.FEMININE : PersonGenders.UNKNOWN;
                if (gender == PersonGenders.FEMININE && v.lower(i).equals("sie") && PersonGenders.pluralVerbBeside(v.doc, i)) {
                    String body = body(v, i);
                    if (body != null && !d.args.places.contains(body)) d.args.actors.add(body);
                    continue;
                }
                if (gender == PersonGenders.UNKNOWN || gender == PersonGenders.FEMININE && PersonGenders.pluralVerbBeside(v.doc, i)) continue;
                String person = antecedent(v, genders, i, gender);
                if (person != null && !d.args.places.contains(person)) d.args.actors.add(person);
            }
        }
    }

    /**
     * A plural "sie" with a plural verb ("nehmen sie teil") stands for a body the sentence before names
     * as its subject: its first organization not governed by a preposition ("Die Garden sind im Land
     * tätig. Dort nehmen sie an Kämpfen teil").
     */
    private static String body(DocView v, int pronoun) {
        int first = v.sentence(pronoun)[0];
        if (first == 0) return null;
        int[] s = v.sentence(first - 1);
        for (Name n : v.names(s[0], s[1])) {
            if (n.type() == EntityType.ORG && !Arguments.source(n)
                    && Arguments.preposition(v, v.tokenAt(n.mention().span().begin()), s[0]) == null) return n.key();
        }
        return null;
    }

    private static String antecedent(DocView v, PersonGenders genders, int pronoun, char gender) {
        int[] s = v.sentence(pronoun);
        List<String> found = persons(v, genders, s[0], pronoun, gender);
        for (int back = 1; found.isEmpty() && back <= SENTENCES_BACK && s[0] > 0; back++) {
            s = v.sentence(s[0] - 1);
            found = persons(v, genders, s[0], s[1], gender);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The persons named in tokens [from, to) who may be of {@code gender}, by entity key: the one such
     * person, or the first when it opens the stretch as its subject; none when that does not settle it.
     */
    private static List<String> persons(DocView v, PersonGenders genders, int from, int to, char gender) {
        Set<String> out = new LinkedHashSet<>();
        boolean subjectFirst = false;
        for (Name n : v.names(from, to)) {
            if (n.type() != EntityType.PER || Arguments.source(n)) continue;
            char g = genders.of(n.key());
            if (g != gender && (g != PersonGenders.UNKNOWN || gender != PersonGenders.MASCULINE)) continue;
            if (out.isEmpty()) subjectFirst = v.names(from, v.tokenAt(n.mention().span().begin())).isEmpty()
                    && Arguments.preposition(v, v.tokenAt(n.mention().span().begin()), from) == null;
            out.add(n.key());
        }
        if (out.size() > 1 && !subjectFirst) return List.of();
        return new ArrayList<>(out);
    }
}
