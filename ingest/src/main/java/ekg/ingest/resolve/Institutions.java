package ekg.ingest.resolve;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies the news names by their common noun with the definite article: "die Polizei", "das
 * Innenministerium", "der Landtag", "die israelische Armee". Used so, the noun names one organization of
 * the article's country or city; which one, only the article says, so such a name links across articles
 * only through the knowledge base, never by its bare noun ("die Polizei" of one city is not another's).
 */
final class Institutions {
    private static final Pattern BODY = Pattern.compile("(Polizei|Armee|Kongress(es)?|Landtag(e?s)?|Staatsanwaltschaft"
            + "|Küstenwache|Nationalgarde|Außenamt(e?s)?|\\p{Lu}\\p{Ll}+ministerium(s)?|\\p{Lu}\\p{Ll}+ressort(s)?)");
    // What stands before a body's noun when it names one: an article or a preposition with one.
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des", "im", "vom", "beim",
            "zum", "zur", "am");
    // "die israelische Armee", "im niederösterreichischen Landtag": the adjective belongs to the name.
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+ische[nrs]?");

    private Institutions() {
    }

    /** Whether a name is a body's bare noun, whose key must not reach beyond its article. */
    static boolean isBareNoun(String form) {
        return BODY.matcher(form).matches();
    }

    /** The body named at token {@code i}, as a mention, or null. */
    static Mention at(List<Token> tokens, boolean[] taken, int i, String text) {
        String w = tokens.get(i).text();
        if (!BODY.matcher(w).matches() || i == 0) return null;
        int first = i;
        if (!taken[i - 1] && ADJECTIVE.matcher(tokens.get(i - 1).text()).matches()) first = i - 1;
        if (first == 0 || tokens.get(first - 1).sentence() != tokens.get(i).sentence()
                || !DEFINITE.contains(tokens.get(first - 1).text().toLowerCase(Locale.GERMAN))) {
            return null;
        }
        Span span = new Span(tokens.get(first).span().begin(), tokens.get(i).span().end());
        return new Mention(span, span.of(text), EntityType.ORG, RepeatedNames.FOUND_BY);
    }
}
