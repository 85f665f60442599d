package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.morph.GermanLexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organizations that German news introduces by what they are: a noun for a kind of organization right
 * before the name ("der Baukonzern Hochtief", "des TV-Senders Canal Plus", "die Partei Podemos"), and a
 * short name in brackets after a person's name, which is the person's party ("Eva Maier (SPÖ)"). The
 * name is up to three capitalised words the lexicon does not know as common nouns; a place's name there
 * names an organization of the same name.
 */
final class NamedAfterNoun {
    private static final List<String> KINDS = List.of("konzern", "konzerns", "sender", "senders", "kanal", "kanals",
            "publikation", "partei", "holding", "zeitung", "magazin", "magazins", "agentur", "unternehmen",
            "unternehmens", "firma", "bank", "verlag", "verlags", "gruppe", "airline", "fluglinie", "klub", "verein",
            "vereins", "bewegung", "miliz");
    private static final Pattern SHORT = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]?\\p{Lu}{0,4}");
    private static final int MAX_WORDS = 3;
    /** How a mention of an organization that bears a place's name was found. */
    static final String NAMESAKE = "namesake";
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "nach", "aus", "durch", "ganz", "quer");

    private NamedAfterNoun() {
    }

    static List<Mention> add(Doc doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Span at = tokens.get(i + 1).span();
            // The words first, the mentions only for a candidate: scanning them at every token made this
            // stage's cost grow with the square of the article's length.
            boolean kind = isKind(tokens.get(i).text(), doc.index().lower(i));
            boolean land = tokens.get(i).text().equals("Land");
            if (!kind && !land && !partyOfPerson(tokens, i + 1, out)) continue;
            if (out.stream().anyMatch(m -> m.span().overlaps(at))) {
                if (kind) out = sameNameOrganization(tokens, i + 1, out);
                if (land) out = stateOf(doc, tokens.get(i), out);
                continue;
            }
            if (kind) {
                int end = i + 1;
                while (end < tokens.size() && end - i <= MAX_WORDS && nameWord(tokens, i, end, out)) end++;
                if (end > i + 1) {
                    Span span = new Span(at.begin(), tokens.get(end - 1).span().end());
                    out.add(new Mention(span, doc.cover(span), EntityType.ORG, RepeatedNames.FOUND_BY));
                }
            } else if (partyOfPerson(tokens, i + 1, out)) {
                out.add(new Mention(at, doc.cover(at), EntityType.ORG, RepeatedNames.FOUND_BY));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * "Gefördert vom Land Kärnten": the state as a body is named with its noun, and is not the
     * region or the city of the same name, so the noun joins the name.
     */
    private static List<Mention> stateOf(Doc doc, Token land, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean named = m.span().begin() == land.span().end() + 1 && m.type() == EntityType.LOC && !m.text().contains(" ");
            Span span = named ? new Span(land.span().begin(), m.span().end()) : null;
            out.add(named ? new Mention(span, doc.cover(span), EntityType.LOC, RepeatedNames.FOUND_BY) : m);
        }
        return out;
    }

    /** "Die Wochenzeitung Nordland": the place's name the model found after the noun, as the organization's. */
    private static List<Mention> sameNameOrganization(List<Token> tokens, int t, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean named = m.span().begin() == tokens.get(t).span().begin() && m.type() == EntityType.LOC;
            out.add(named ? new Mention(m.span(), m.text(), EntityType.ORG, NAMESAKE) : m);
        }
        return out;
    }

    /**
     * Where an article names an organization after a place ("die Wochenzeitung Nordland"), the name
     * stands for the organization again ("Nordland verlor die Klage", "ein Bericht von
     * Nordland"), except after a preposition of place ("in Nordland"). Those mentions are marked
     * {@link #NAMESAKE}, so that they are grouped and keyed apart from the place.
     */
    static List<Mention> namesakes(List<Token> tokens, List<Mention> mentions) {
        Set<String> forms = new HashSet<>();
        for (Mention m : mentions) if (NAMESAKE.equals(m.foundBy())) forms.add(Letters.fold(m.text()));
        if (forms.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        int k = 0;
        for (Mention m : mentions) {
            while (k < tokens.size() && tokens.get(k).span().end() <= m.span().begin()) k++;
            if (NAMESAKE.equals(m.foundBy()) || m.type() == EntityType.PER || !forms.contains(Letters.fold(m.text()))) {
                out.add(m);
            } else if (k > 0 && PLACE_PREPOSITIONS.contains(tokens.get(k - 1).text().toLowerCase(Locale.GERMAN))) {
                out.add(new Mention(m.span(), m.text(), EntityType.LOC, m.foundBy()));
            } else {
                out.add(new Mention(m.span(), m.text(), EntityType.ORG, NAMESAKE));
            }
        }
        return out;
    }

    /** A capitalised noun for a kind of organization: its small-letter form ends in one of the kinds. */
    private static boolean isKind(String w, String lower) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        for (String k : KINDS) if (lower.endsWith(k)) return true;
        return false;
    }

    private static boolean nameWord(List<Token> tokens, int noun, int k, List<Mention> mentions) {
        Token t = tokens.get(k);
        String w = t.text();
        if (t.sentence() != tokens.get(noun).sentence() || !Character.isUpperCase(w.charAt(0))) return false;
        if (mentions.stream().anyMatch(m -> m.span().overlaps(t.span()))) return false;
        GermanLexicon lex = GermanLexicon.get();
        return !lex.knows(w) && !lex.knows(w.toLowerCase(Locale.GERMAN)) || lex.any(w, x -> x.isProperName());
    }

    /** "Eva Maier (SPÖ)": a short name in brackets right after a person's name. */
    private static boolean partyOfPerson(List<Token> tokens, int i, List<Mention> mentions) {
        if (i < 2 || i + 1 >= tokens.size() || !tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")")) {
            return false;
        }
        String w = tokens.get(i).text();
        if (!SHORT.matcher(w).matches() || w.chars().filter(Character::isUpperCase).count() < 2) return false;
        int before = tokens.get(i - 2).span().end();
        return mentions.stream().anyMatch(m -> m.type() == EntityType.PER && m.span().end() == before);
    }
}
