package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short names that an article introduces in brackets after the full name: "Verband für
 * Seilbahntechnik (VfS)", "Bundesamt für Wasserwirtschaft (BAW)". The short name is the
 * organization's, and when its letters are the initials of the words before the bracket, those words are
 * the organization's full name even where the name finder missed them.
 */
final class Brackets {
    // A short name: "VfS", "BAW", "DLRG", "ÖAMTC"; two capitals at least.
    private static final Pattern SHORT = Pattern.compile("\\p{Lu}[\\p{L}&]{1,7}");
    // Small words inside a name that its short name may skip: "Verband für Seilbahntechnik".
    private static final Set<String> SMALL = Set.of("für", "der", "des", "die", "und", "von", "vom", "zur", "zum",
            "de", "of", "for", "the", "and", "in", "am", "an", "du", "la", "le", "et");
    private static final int MAX_WORDS = 8;

    // How the one-word names of bodies end: "Arbeitsmarktservice (AMS)", "Bundeskriminalamt (BKA)".
    private static final Pattern INSTITUTION = Pattern.compile(".*(amt|service|verband|bund|kammer|institut|gericht"
            + "|gerichtshof|ministerium|agentur|bank|rat|partei|gesellschaft|werke?|organisation|kommission|stiftung"
            + "|union|polizei|dienst|anstalt|behörde|büro|zentrum|akademie|universität|hochschule|gruppe|konzern"
            + "|holding|verein|komitee|kuratorium|fonds|senat|ausschuss)");

    private Brackets() {
    }

    private static boolean institution(String word) {
        return INSTITUTION.matcher(word.toLowerCase(Locale.GERMAN)).matches();
    }

    /** Whether token {@code i} is a short name in brackets: "(" before it, ")" after it. */
    static boolean isShortName(List<Token> tokens, int i) {
        if (i < 2 || i + 1 >= tokens.size()) return false;
        String w = tokens.get(i).text();
        return tokens.get(i - 1).text().equals("(") && tokens.get(i + 1).text().equals(")")
                && SHORT.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** The first token of the words before the bracket at {@code open} whose initials spell {@code shortName}, or -1. */
    static int fullNameStart(List<Token> tokens, int open, String shortName) {
        String letters = Letters.fold(shortName).toLowerCase(Locale.ROOT).replace("&", "");
        for (int k = open - 1; k >= Math.max(0, open - MAX_WORDS); k--) {
            if (tokens.get(k).sentence() != tokens.get(open).sentence()) return -1;
            String w = tokens.get(k).text();
            if (!Character.isLetter(w.charAt(0))) return -1;
            if (!Character.isUpperCase(w.charAt(0))) continue;
            String[] words = new String[open - k];
            boolean[] small = new boolean[open - k];
            for (int j = k; j < open; j++) {
                String lower = tokens.get(j).text().toLowerCase(Locale.GERMAN);
                words[j - k] = Letters.fold(lower);
                small[j - k] = SMALL.contains(lower);
            }
            if (spells(letters, 0, words, small, 0)) return k;
        }
        return -1;
    }

    /**
     * Whether the letters from {@code at} on are spelt by the words from {@code w} on: each capitalised
     * word gives its first letter and maybe later ones ("Versicherungsverband" gives "VV"), a small word
     * gives its first letter or nothing.
     */
    private static boolean spells(String letters, int at, String[] words, boolean[] smallWords, int w) {
        if (w == words.length) return at == letters.length();
        String word = words[w];
        boolean small = smallWords[w];
        if (small && spells(letters, at, words, smallWords, w + 1)) return true;
        if (at == letters.length() || word.charAt(0) != letters.charAt(at)) return false;
        // The first letter, then as many further letters as this word holds in order.
        int pos = 1;
        int next = at + 1;
        while (true) {
            if (spells(letters, next, words, smallWords, w + 1)) return true;
            if (next == letters.length() || small) return false;
            pos = word.indexOf(letters.charAt(next), pos);
            if (pos < 0) return false;
            pos++;
            next++;
        }
    }

    /** The short names the article gives a single common noun: "Bruttoinlandsprodukt (BIP)". */
    static Set<String> ofCommonNouns(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (isShortName(tokens, i) && fullNameStart(tokens, i - 1, tokens.get(i).text()) == i - 2
                    && !institution(tokens.get(i - 2).text())) {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }

    /**
     * The mentions with each bracketed short name and the full name its initials spell before it added as
     * an organization, unless a name of another kind or one reaching beyond them is there already.
     */
    static List<Mention> withShortNames(Doc doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (!isShortName(tokens, i)) continue;
            Span shortName = tokens.get(i).span();
            int start = fullNameStart(tokens, i - 1, tokens.get(i).text());
            // "Bruttoinlandsprodukt (BIP)": a common noun's abbreviation names nothing.
            if (start < 0 || start == i - 2 && !institution(tokens.get(start).text())) continue;
            if (out.stream().noneMatch(m -> m.span().overlaps(shortName))) {
                out.add(new Mention(shortName, doc.cover(shortName), EntityType.ORG, RepeatedNames.FOUND_BY));
            }
            Span full = new Span(tokens.get(start).span().begin(), tokens.get(i - 2).span().end());
            List<Mention> inside = out.stream().filter(m -> m.span().overlaps(full)).toList();
            if (inside.stream().anyMatch(m -> !full.contains(m.span()) || m.type() == EntityType.PER
                    || m.span().equals(full))) {
                continue;
            }
            out.removeAll(inside);
            out.add(new Mention(full, doc.cover(full), EntityType.ORG, RepeatedNames.FOUND_BY));
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** Each short name (folded) the article gives in brackets right after a name, with that name. */
    static Map<String, String> shortNames(Doc doc) {
        Map<String, String> out = new HashMap<>();
        List<Mention> ms = doc.mentions();
        for (int i = 1; i < ms.size(); i++) {
            Mention full = ms.get(i - 1);
            Mention shortName = ms.get(i);
            if (full.type() == EntityType.PER || !between(doc, full.span(), shortName.span())) continue;
            String s = shortName.text();
            if (!SHORT.matcher(s).matches() || full.text().length() <= s.length()) continue;
            out.putIfAbsent(Letters.fold(s), MentionResolver.normal(full.text()));
        }
        return out;
    }

    /** "Name (SN)": only an opening bracket between them and a closing one after. */
    private static boolean between(Doc doc, Span full, Span shortName) {
        String text = doc.text();
        if (shortName.begin() < full.end() || !text.substring(full.end(), shortName.begin()).strip().equals("(")) {
            return false;
        }
        int after = shortName.end();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return after < text.length() && text.charAt(after) == ')';
    }
}
