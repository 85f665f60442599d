package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordMemo;

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
 * Names German spelling marks where the name finder missed them. A short name in capitals that the
 * lexicon does not know as a word ("die OSZE", "die SNP") is an organization, unless the article gives
 * it to a common noun ("Bruttoinlandsprodukt (BIP)"). A capitalised adjective inside a sentence belongs
 * to a name, since German writes adjectives small except in names: "im Städtischen Kunstmuseum", "zur
 * Alten Burg". Such a name is a place when its noun is one of a site ("Burg", "Platz", "See"), else an
 * organization. A capitalised word inside sentences that the lexicon knows in no spelling, that is no
 * compound of words it knows and has no ending of a German noun, is a name when the article uses it
 * twice or more ("die Zwolk ... der Zwolk").
 */
final class NamePatterns {
    // Three to six capitals, one small letter allowed inside: "ADAC", "VdK"; Roman numerals apart.
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?=[\\p{Lu}\\p{Ll}]{2,5}$)\\p{Lu}*\\p{Ll}?\\p{Lu}+");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    // Adjectives the lexicon lacks as compounds ("kunsthistorischen") still show their ending.
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("\\p{Lu}\\p{Ll}+isch(e|en|er|es|em)?");
    // What may stand before a sentence's words without starting a new clause of its own.
    private static final Set<String> OPENERS = Set.of(":", "\"", "„", "“", "–", "-", "(", "»", "«", "‚");
    private static final Pattern SITE = Pattern.compile(
            ".*(burg|tor|platz|see|meer|berg|gebirge|insel|kanal|tal|wald|brücke|park)", Pattern.CASE_INSENSITIVE);

    // Endings of German common nouns and their plurals, which the lexicon's gaps are mostly made of.
    private static final List<String> NOUN_ENDINGS = List.of("ung", "heit", "keit", "schaft", "ismus", "tät",
            "ler", "ern", "er", "en", "ie", "ei", "ik", "ur", "enz", "anz", "um", "nis", "nisse");
    private static final String[] LINKS = {"s", "es", "n", "en", "e", "er"};
    // Asked of every capitalised word of every article: the verdicts depend on the word alone.
    private static final WordMemo<Boolean> UNKNOWN_NAME = new WordMemo<>(100_000, w -> !nounEnding(w) && unknown(w) && !compound(w, 0));
    private static final WordMemo<Boolean> ACRONYM_WORD = new WordMemo<>(100_000, NamePatterns::acronymWord);
    private static final WordMemo<Boolean> ADJECTIVE = new WordMemo<>(100_000, NamePatterns::adjectiveWord);

    private NamePatterns() {
    }

    /** Capitalised words inside sentences, unknown to the lexicon and no compound, used twice or more. */
    private static Set<String> unknownRepeated(List<Token> tokens) {
        Map<String, Integer> count = new HashMap<>();
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (tokens.get(i - 1).sentence() != tokens.get(i).sentence() || !capitalisedWord(w)) continue;
            Integer n = count.get(w);
            if (n == null) count.put(w, UNKNOWN_NAME.get(w) ? 1 : 0);
            else if (n > 0) count.put(w, n + 1);
        }
        Set<String> out = new HashSet<>();
        count.forEach((w, n) -> {
            if (n >= 2) out.add(w);
        });
        return out;
    }

    /** A capital and at least three more letters. */
    private static boolean capitalisedWord(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 1; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return true;
    }

    /** No ending of a German noun ("-ung", "-er", a capital and "s" as in "GmbHs"). */
    private static boolean nounEnding(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 's' && Character.isUpperCase(w.charAt(n - 2))) return true;
        for (String e : NOUN_ENDINGS) if (w.endsWith(e)) return true;
        return false;
    }

    private static boolean unknown(String w) {
        GermanLexicon lex = GermanLexicon.get();
        return !lex.knows(w) && !lex.knows(w.toLowerCase(Locale.GERMAN));
    }

    /** "Nächtigungsrekord": a noun the lexicon knows at the end, words it knows before (with a link). */
    private static boolean compound(String w, int depth) {
        GermanLexicon lex = GermanLexicon.get();
        for (int k = 3; k <= w.length() - 3; k++) {
            String head = Character.toUpperCase(w.charAt(k)) + w.substring(k + 1);
            if (!lex.any(head, x -> x.isCommonNoun())) continue;
            String before = w.substring(0, k);
            if (known(before) || depth < 2 && compound(before, depth + 1)) return true;
            for (String link : LINKS) {
                int n = before.length() - link.length();
                if (n >= 3 && before.endsWith(link) && known(before.substring(0, n))) return true;
            }
        }
        return false;
    }

    private static boolean known(String part) {
        GermanLexicon lex = GermanLexicon.get();
        return lex.knows(part) || lex.knows(part.toLowerCase(Locale.GERMAN))
                || lex.knows(Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }

    static List<Mention> add(Doc doc, List<Mention> found) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(found);
        Set<String> repeated = unknownRepeated(tokens);
        Set<String> nouns = Brackets.ofCommonNouns(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!Character.isUpperCase(t.text().charAt(0))) continue;
            if ((acronym(t.text()) && !nouns.contains(t.text()) || repeated.contains(t.text())) && free(out, t.span())) {
                out.add(new Mention(t.span(), t.text(), EntityType.ORG, RepeatedNames.FOUND_BY));
                continue;
            }
            int end = adjectiveNameEnd(tokens, i);
            if (end < 0 || !free(out, new Span(t.span().begin(), tokens.get(end - 1).span().end()))) continue;
            Span span = new Span(t.span().begin(), tokens.get(end - 1).span().end());
            EntityType type = SITE.matcher(tokens.get(end - 1).text()).matches() ? EntityType.LOC : EntityType.ORG;
            out.add(new Mention(span, doc.cover(span), type, RepeatedNames.FOUND_BY));
            i = end - 1;
        }
        if (out.size() == found.size()) return found;
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    static boolean acronym(String w) {
        // An acronym ends in a capital and has three to six letters: most words fail that before any lookup.
        int n = w.length();
        if (n < 3 || n > 12 || !Character.isUpperCase(w.codePointBefore(n))) return false;
        return ACRONYM_WORD.get(w);
    }

    private static boolean acronymWord(String w) {
        if (!ACRONYM.matcher(w).matches() || ROMAN.matcher(w).matches()) return false;
        GermanLexicon lex = GermanLexicon.get();
        return !lex.knows(w) && !lex.knows(w.toLowerCase(Locale.GERMAN));
    }

    /**
     * The token after "Städtischen Kunstmuseum" when a capitalised adjective (or several) inside a sentence opens
     * a name at {@code i} and a capitalised noun ends it; -1 otherwise.
     */
    private static int adjectiveNameEnd(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()
                || OPENERS.contains(tokens.get(i - 1).text())) {
            return -1;
        }
        int k = i;
        while (k < tokens.size() && tokens.get(k).sentence() == tokens.get(i).sentence() && adjective(tokens.get(k).text())) k++;
        if (k == i || k >= tokens.size() || tokens.get(k).sentence() != tokens.get(i).sentence()) return -1;
        String noun = tokens.get(k).text();
        if (!Character.isUpperCase(noun.charAt(0)) || !Character.isLetter(noun.charAt(noun.length() - 1))) return -1;
        GermanLexicon lex = GermanLexicon.get();
        return lex.any(noun, w -> w.isProperName()) ? -1 : k + 1;
    }

    private static boolean adjective(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.length() >= 3 && ADJECTIVE.get(w);
    }

    private static boolean adjectiveWord(String w) {
        if (ADJECTIVE_ENDING.matcher(w).matches()) return true;
        GermanLexicon lex = GermanLexicon.get();
        String small = w.toLowerCase(Locale.GERMAN);
        return !lex.any(w, x -> x.isProperName())
                && lex.any(small, x -> x.tag().startsWith("ADJ") || x.tag().startsWith("PA1") || x.tag().startsWith("PA2"));
    }

    private static boolean free(List<Mention> mentions, Span span) {
        return mentions.stream().noneMatch(m -> m.span().overlaps(span));
    }
}
