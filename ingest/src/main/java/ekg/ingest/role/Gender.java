package ekg.ingest.role;

import ekg.ingest.morph.GivenNames;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a description and a person tell of gender, so that a description with no role or age to tie it
 * never joins someone of the other: "die Ministerin", "der 45-Jährige" by the noun and its article; a
 * person by the roles the text gave ("Innenministerin"), else by what the German lexicon knows of the
 * given name, else by a given name in -a, which German gives women. Unknown is no conflict.
 */
final class Gender {
    static final char FEMALE = 'f';
    static final char MALE = 'm';
    static final char UNKNOWN = '?';
    private static final Set<String> MASCULINE_ARTICLES = Set.of("der", "den", "dem", "des");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-Jährige");

    private Gender() {
    }

    static char ofDescription(String article, String noun) {
        String a = article.toLowerCase(Locale.GERMAN);
        if (AGE.matcher(noun).matches()) return a.equals("die") ? FEMALE : a.equals("der") ? MALE : UNKNOWN;
        if (noun.endsWith("in") && noun.length() > 4) return FEMALE;
        return MASCULINE_ARTICLES.contains(a) ? MALE : UNKNOWN;
    }

    static char ofPerson(Set<String> roles, String label) {
        for (String r : roles) {
            if (r.endsWith("in") && r.length() > 4) return FEMALE;
            if (!r.endsWith("e")) return MALE;
        }
        if (!label.contains(" ")) return UNKNOWN;
        String given = label.split(" ")[0];
        char known = GivenNames.gender(given);
        if (known != GivenNames.UNKNOWN) return known == GivenNames.FEMININE ? FEMALE : MALE;
        return given.length() > 2 && given.endsWith("a") ? FEMALE : UNKNOWN;
    }

    static boolean conflict(char a, char b) {
        return a != UNKNOWN && b != UNKNOWN && a != b;
    }
}
