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

/**
 * People the press names by a given name and the initial of the surname, to shield them ("Jorit T. wurde
 * festgenommen"): the name finder rarely sees them. A capitalised word the lexicon does not know as a
 * small-letter word or a common noun, then a capital letter with its full stop, not followed by a surname
 * ("Anna M. Berger"), is such a name; in that article the initial alone ("T. sagt", "T.s Anwalt") is
 * the person too.
 */
final class InitialNames {

    private InitialNames() {
    }

    static List<Mention> add(Doc doc, List<Mention> found) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(found);
        Set<String> initials = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int end = initialEnd(tokens, i + 1);
            if (end < 0 || !givenName(tokens.get(i).text()) || !free(out, tokens.get(i + 1).span())) continue;
            if (end < tokens.size() && surnameLike(tokens.get(end).text())) continue;
            Span span = new Span(tokens.get(i).span().begin(), tokens.get(end - 1).span().end());
            out.removeIf(m -> m.span().overlaps(span));
            out.add(new Mention(span, doc.cover(span), EntityType.PER, RepeatedNames.FOUND_BY));
            initials.add(doc.cover(new Span(tokens.get(i + 1).span().begin(), span.end())));
            i = end - 1;
        }
        if (initials.isEmpty()) return found;
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            int end = w.endsWith(".s") ? k + 1 : initialEnd(tokens, k);
            if (end < 0) continue;
            Span span = new Span(tokens.get(k).span().begin(), tokens.get(end - 1).span().end());
            String initial = doc.cover(span);
            if (initials.contains(initial.endsWith(".s") ? initial.substring(0, initial.length() - 1) : initial)
                    && free(out, span)) {
                out.add(new Mention(span, initial, EntityType.PER, RepeatedNames.FOUND_BY));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** The token after an initial with its full stop starting at {@code k} ("T." or "T" "."), or -1. */
    private static int initialEnd(List<Token> tokens, int k) {
        String w = tokens.get(k).text();
        if (!initial(w)) return -1;
        if (w.endsWith(".")) return k + 1;
        return k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".")
                && tokens.get(k + 1).span().begin() == tokens.get(k).span().end() ? k + 2 : -1;
    }

    /** A capital alone or with its full stop: "T", "T.". */
    private static boolean initial(String w) {
        return (w.length() == 1 || w.length() == 2 && w.charAt(1) == '.') && Character.isUpperCase(w.charAt(0));
    }

    private static boolean givenName(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) return false;
        GermanLexicon lex = GermanLexicon.get();
        return !lex.knows(w.toLowerCase(Locale.GERMAN)) && !lex.any(w, x -> x.isCommonNoun());
    }

    /** "Anna M. Berger": a capitalised word after the initial that the lexicon knows only as a name, or not at all. */
    private static boolean surnameLike(String w) {
        if (!Character.isUpperCase(w.charAt(0))) return false;
        GermanLexicon lex = GermanLexicon.get();
        return !lex.knows(w) && !lex.knows(w.toLowerCase(Locale.GERMAN)) || lex.all(w, x -> x.isProperName());
    }

    private static boolean free(List<Mention> mentions, Span span) {
        return mentions.stream().noneMatch(m -> m.span().overlaps(span));
    }
}
