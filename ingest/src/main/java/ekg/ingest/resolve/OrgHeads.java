package ekg.ingest.resolve;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Token;
import ekg.ingest.morph.GermanLexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organization named once in full is then often named by its noun with the article: "die
 * Wetter-Kommission" ... "die Kommission", "die Deutsche Stiftung Denkmalschutz" ... "der Stiftung".
 * The noun of the name (the last part of a hyphenated word, else the first common noun of the name)
 * stands for the organization when it is the noun of no other organization of the article.
 */
final class OrgHeads {
    private static final String SHARED = "";

    private final Map<String, String> byHead = new HashMap<>();

    OrgHeads(List<Mention> found) {
        for (Mention m : found) {
            if (m.type() != EntityType.ORG) continue;
            String head = head(m.text());
            if (head != null) byHead.merge(head, m.text(), (a, b) -> a.equals(b) ? a : SHARED);
        }
    }

    /** The mention of an organization's noun at token {@code i} after an article, or null. */
    Mention at(List<Token> tokens, boolean[] taken, int i) {
        String w = tokens.get(i).text();
        String full = byHead.get(w);
        if (full == null && w.endsWith("s")) full = byHead.get(w.substring(0, w.length() - (w.endsWith("es") ? 2 : 1)));
        if (full == null || full.equals(SHARED) || i == 0 || taken[i - 1]
                || tokens.get(i - 1).sentence() != tokens.get(i).sentence()
                || !Institutions.DEFINITE.contains(tokens.get(i - 1).text().toLowerCase(Locale.GERMAN))) {
            return null;
        }
        return new Mention(tokens.get(i).span(), w, EntityType.ORG, RepeatedNames.FOUND_BY);
    }

    /** The noun an organization's name may be shortened to, or null: "Kommission" of "Wetter-Kommission". */
    static String head(String name) {
        String[] words = name.split(" ");
        if (words.length == 1) {
            int dash = name.lastIndexOf('-');
            return dash > 0 ? noun(name.substring(dash + 1)) : null;
        }
        // "Deutsche Stiftung Denkmalschutz": adjectives before the noun, nothing else.
        for (String w : words) {
            if (adjective(w)) continue;
            return noun(w);
        }
        return null;
    }

    private static boolean adjective(String w) {
        return GermanLexicon.get().any(w.toLowerCase(Locale.GERMAN), x -> x.tag().startsWith("ADJ"));
    }

    private static String noun(String w) {
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) return null;
        GermanLexicon lex = GermanLexicon.get();
        return lex.any(w, x -> x.isCommonNoun()) && !lex.any(w, x -> x.isProperName()) && !adjective(w) ? w : null;
    }
}
