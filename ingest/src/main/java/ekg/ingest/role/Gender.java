package ekg.ingest.role;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a description and a person tell of gender, so that a description with no role or age to tie it
 * never joins someone of the other: "die Ministerin", "der 45-Jährige" by the noun and its article; a
 * person by the roles the text gave ("Innenministerin") and else by a given name in -a, which German
 * gives women ("Anna", "Eva"). Unknown is no conflict.
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
        String given = label.split(" ")[0];
        return label.contains(" ") && given.length() > 2 && given.endsWith("a") ? FEMALE : UNKNOWN;
    }

    static boolean conflict(char a, char b) {
        return a != UNKNOWN && b != UNKNOWN && a != b;
    }
}
