package ekg.ingest.resolve;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.morph.WordMemo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies the news names by their common noun with the definite article: "die Polizei", "das
 * Innenministerium", "der Landtag", "im Finanzausschuss", "die Grenz-Polizei", "die israelische Armee",
 * "im Umwelt- und Verkehrsministerium"; a headline may open with the noun alone ("Armee: ...").
 * Used so, the noun names one organization of the article's country or city; which one, only the
 * article says, so such a name links across articles
 * only through the knowledge base, never by its bare noun ("die Polizei" of one city is not another's).
 */
final class Institutions {
    private static final Pattern BODY = Pattern.compile("(Polizei|Armee|Kongress(es)?|Landtag(e?s)?|Staatsanwaltschaft"
            + "|Küstenwache|Nationalgarde|Außenamt(e?s)?|\\p{Lu}\\p{Ll}+ministerium(s)?|\\p{Lu}\\p{Ll}+ressort(s)?"
            + "|\\p{Lu}\\p{Ll}+ausschuss(es)?|\\p{Lu}[\\p{L}-]*-Polizei)");
    private static final List<String> BODY_ENDINGS = List.of("Polizei", "Armee", "Kongress", "Kongresses", "Landtag",
            "Landtags", "Landtages", "Staatsanwaltschaft", "Küstenwache", "Nationalgarde", "Außenamt", "Außenamts",
            "Außenamtes", "ministerium", "ministeriums", "ressort", "ressorts", "ausschuss", "ausschusses");
    // Asked of every capitalised word not yet in a name: the verdict depends on the word alone.
    private static final WordMemo<Boolean> BODY_WORD = new WordMemo<>(100_000, w -> BODY.matcher(w).matches());
    // What stands before a body's noun when it names one: an article or a preposition with one.
    static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des", "im", "vom", "beim",
            "zum", "zur", "am");
    // "die israelische Armee", "im niederösterreichischen Landtag": the adjective belongs to the name.
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+ische[nrs]?");

    private Institutions() {
    }

    /** Whether a name is a body's bare noun, whose key must not reach beyond its article. */
    static boolean isBareNoun(String form) {
        return mayBeBody(form) && BODY_WORD.get(form);
    }

    /** Whether the word ends as one of {@link #BODY}'s nouns can: asked of every capitalised word, most fail here. */
    private static boolean mayBeBody(String w) {
        for (String end : BODY_ENDINGS) if (w.endsWith(end)) return true;
        return false;
    }

    /** "Umwelt- und Verkehrsministerium": where the first of two bodies joined by "und" begins. */
    private static int coordinated(List<Token> tokens, boolean[] taken, int i) {
        if (i < 3 || taken[i - 3] || !tokens.get(i - 2).text().equals("-")
                || !Set.of("und", "oder").contains(tokens.get(i - 1).text())) {
            return i;
        }
        String w = tokens.get(i - 3).text();
        return Character.isUpperCase(w.charAt(0)) && tokens.get(i - 3).span().end() == tokens.get(i - 2).span().begin() ? i - 3 : i;
    }

    /** The body named at token {@code i}, as a mention, or null. */
    static Mention at(List<Token> tokens, boolean[] taken, int i, String text) {
        String w = tokens.get(i).text();
        if (!isBareNoun(w)) return null;
        int first = i;
        if (i > 0 && !taken[i - 1] && ADJECTIVE.matcher(tokens.get(i - 1).text()).matches()) first = i - 1;
        first = coordinated(tokens, taken, first);
        if (i == 0) return new Mention(tokens.get(0).span(), w, EntityType.ORG, RepeatedNames.FOUND_BY);
        if (first == 0 || tokens.get(first - 1).sentence() != tokens.get(i).sentence()
                || !DEFINITE.contains(tokens.get(first - 1).text().toLowerCase(Locale.GERMAN))) {
            return null;
        }
        Span span = new Span(tokens.get(first).span().begin(), tokens.get(i).span().end());
        return new Mention(span, span.of(text), EntityType.ORG, RepeatedNames.FOUND_BY);
    }
}
