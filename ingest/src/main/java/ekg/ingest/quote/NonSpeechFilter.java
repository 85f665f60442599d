package ekg.ingest.quote;

import ekg.ingest.morph.GermanLexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises quoted spans that are not speech: a short name or title after a noun such as Zeitung,
 * Sender or Operation (die Zeitung „…“), and page furniture, i.e. a sentence that addresses the
 * reader („…“ informiert Sie, wann …) or names a furniture word (Newsletter, Anzeige).
 */
final class NonSpeechFilter {
    /** Longest name or title, in words. */
    private static final int MAX_TITLE_WORDS = 8;
    /** „…“ nennt, „…“ genannt, „…“, wie sich X nennt: the quote is a name. */
    private static final Pattern NAMING_AFTER = Pattern.compile(
            "\\s*(?:\\(\\p{L}+\\)\\s*)?(?:nennt|nennen|nannte|genannt|heißt|hieß|,\\s*wie sich\\b"
                    + "|(?:bezeichnet|genannt) (?:wird|werden)\\b|(?:sang|sangen|singt|singen)\\b|[–-]\\s*so (?:wird|werden|heißt)\\b)");
    /** Legal forms that end the name of a company or association, however long (… Freien Wissens e.V.). */
    private static final Set<String> LEGAL_FORMS = Set.of("e.V.", "GmbH", "AG", "Inc.", "Ltd.", "SE", "KG", "mbH",
            "gGmbH", "Co.", "KGaA");
    /** nennt sich „…“, nennt man einen „…“, bedeutet etwa „…“: the quote is a name or a gloss. */
    private static final Pattern NAMING_BEFORE = Pattern.compile(
            "(?:\\b(?:nenn|nann)\\p{L}*(?:\\s+\\p{L}+)?\\s+(?:sich|man)(?:\\s+\\p{L}+){0,2}"
                    + "|\\bbedeute[tn](?:\\s+\\p{L}+){0,3}|\\(\\s*(?:etwa|wörtlich|übersetzt|deutsch|engl\\.|englisch)\\s*:?"
                    + "|\\b(?:engl|franz|span|ital|lat|russ|arab|türk)\\.|\\b(?:zu|auf) Deutsch:?)\\s*$");
    /** How far back a naming phrase may start. */
    private static final int NAMING_REACH = 40;
    /** Shortest modifier and head of a compound noun (Straßenbahn|chaos). */
    private static final int MIN_PART = 3;
    private static final int MIN_HEAD = 4;
    /** Most words of a source named in quote marks after laut, wie, gemäß. */
    private static final int SOURCE_WORDS = 4;
    private static final Set<String> SOURCE_BEFORE = Set.of("laut", "wie", "gemäß");
    /** dem „…“ zufolge: a short quote before "zufolge" names a source. */
    private static final Pattern SOURCE_AFTER = Pattern.compile("\\s*zufolge\\b");
    /** Small words inside names of organisations, works and events, German and English. */
    private static final Set<String> NAME_PARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "und", "für",
            "von", "vom", "zum", "zur", "am", "im", "in", "an", "auf", "mit", "e.V.", "e.", "V.", "de", "la", "le", "du",
            "of", "the", "and", "for", "with", "on", "a", "to", "pour", "et", "y", "del", "di", "da", "della", "van");
    private static final Set<String> FORMAL = Set.of("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer");
    // Compiled once: String.split and replaceAll compile their pattern on every call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern TRAILING_NON_LETTERS = Pattern.compile("[^\\p{L}]+$");

    private final List<String> titleNouns;
    private final Set<String> furniture;

    NonSpeechFilter(List<String> titleNouns, Set<String> furniture) {
        this.titleNouns = List.copyOf(titleNouns);
        this.furniture = Set.copyOf(furniture);
    }

    static NonSpeechFilter german() {
        return new NonSpeechFilter(WordLists.resource("title-nouns-de.txt"),
                Set.copyOf(WordLists.resource("furniture-de.txt")));
    }

    boolean isSpeech(TextView v, QuoteSpanFinder.Pair p) {
        return !isTitle(v.text, p) && !isName(v.text, p) && !isGloss(v.text, p) && !isFurniture(v, p);
    }

    /**
     * A term, not words said: a few quoted words in parentheses (Zwischenspeicher („Puffer“)), the first
     * part of a compound („Heimatblatt“-Redaktion), or a name given (das sich selbst „…“ nennt; „…“, wie sich die
     * Gruppe nennt; nennt sich „…“; das nennt man einen „…“; bedeutet etwa „…“).
     */
    boolean isGloss(String text, QuoteSpanFinder.Pair p) {
        int a = p.close() + 1;
        if (wordCount(p.inner().of(text).strip(), SOURCE_WORDS + 1) <= SOURCE_WORDS) {
            int b = p.open() - 1;
            while (b >= 0 && text.charAt(b) == ' ') b--;
            if (b >= 0 && text.charAt(b) == '(') return true;
            // „Heimatblatt“-Redaktion: the first part of a compound
            if (a + 1 < text.length() && text.charAt(a) == '-' && Character.isLetter(text.charAt(a + 1))) return true;
        }
        String after = text.substring(Math.min(text.length(), a), Math.min(text.length(), p.close() + NAMING_REACH));
        String before = text.substring(Math.max(0, p.open() - NAMING_REACH), Math.max(0, p.open()));
        return NAMING_AFTER.matcher(after).lookingAt() || NAMING_BEFORE.matcher(before).find();
    }

    /**
     * A name rather than words said: a few capitalised words only („Neue Zürcher Zeitung“), or with
     * the small words inside names where one of them is no common noun or adjective the German lexicon
     * knows („Nordwerk Holding Inc.“; not „Zeit der leeren Kassen“); or a short quote right after "laut", "wie"
     * or "gemäß", which name a source (laut „lohberg aktuell“).
     */
    boolean isName(String text, QuoteSpanFinder.Pair p) {
        String inner = p.inner().of(text).strip();
        if (LEGAL_FORMS.contains(lastWord(inner)) && Character.isUpperCase(inner.charAt(0))) return true;
        // Most quotes are sentences: counted, not split, before they are found too long for a name.
        if (wordCount(inner, MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS) return false;
        String[] words = SPACES.split(inner);
        if (words.length <= SOURCE_WORDS && (sourceBefore(text, p.open())
                || SOURCE_AFTER.matcher(text).region(Math.min(text.length(), p.close() + 1), text.length()).lookingAt())) {
            return true;
        }
        if (endsSentence(words[words.length - 1])) return false;
        boolean unknown = false;
        boolean particles = false;
        for (String w : words) {
            String bare = EDGE_MARKS.matcher(w).replaceAll("");
            if (bare.isEmpty()) continue;
            if (!Character.isUpperCase(bare.charAt(0)) && !Character.isDigit(bare.charAt(0))) {
                if (!NAME_PARTICLES.contains(bare)) return false;
                particles = true;
            } else if (!unknown) {
                unknown = !commonWord(bare);
            }
        }
        // several capitalised words alone are a name (Neue Zürcher Zeitung); with small words between
        // them, a phrase (Gefahr für Leib und Leben) unless a word is no German one
        return unknown || (words.length > 1 && !particles);
    }

    /**
     * laut „…“, gemäß „…“, and "wie" opening a clause (wie „…“ berichtet): a source; not "wie" after a
     * noun, which lists examples (Parolen wie „…“).
     */
    private static boolean sourceBefore(String text, int open) {
        String w = wordBefore(text, open).toLowerCase(Locale.ROOT);
        if (!w.equals("wie")) return SOURCE_BEFORE.contains(w);
        int b = open;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        b -= w.length();
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        return b == 0 || ",.;:(\n".indexOf(text.charAt(b - 1)) >= 0;
    }

    /** The words of {@code stripped} as {@link #SPACES} splits it, counted up to {@code cap}. */
    static int wordCount(String stripped, int cap) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < stripped.length() && n < cap; i++) {
            boolean space = isSpace(stripped.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return Math.max(n, 1);
    }

    /** The last of the words {@link #SPACES} splits {@code stripped} into. */
    static String lastWord(String stripped) {
        int i = stripped.length();
        while (i > 0 && !isSpace(stripped.charAt(i - 1))) i--;
        return stripped.substring(i);
    }

    /** The characters of the regular expression class {@code \\s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean commonWord(String w) {
        GermanLexicon lex = GermanLexicon.get();
        return lex.any(w, f -> f.isCommonNoun()) || lex.any(w.toLowerCase(Locale.ROOT), f -> f.tag().startsWith("ADJ"))
                || compound(w);
    }

    /** A compound of known words the lexicon does not list whole: Straßenbahn + Chaos, Preis + Wirrwarr. */
    private static boolean compound(String w) {
        GermanLexicon lex = GermanLexicon.get();
        for (int cut = MIN_PART; cut <= w.length() - MIN_HEAD; cut++) {
            String head = Character.toUpperCase(w.charAt(cut)) + w.substring(cut + 1);
            if (!lex.any(head, f -> f.isCommonNoun())) continue;
            String modifier = w.substring(0, cut);
            String bare = modifier.endsWith("s") && modifier.length() > MIN_PART ? modifier.substring(0, cut - 1) : modifier;
            if (lex.knows(modifier) || lex.knows(bare) || lex.knows(bare.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean endsSentence(String w) {
        return w.endsWith("!") || w.endsWith("?") || (w.endsWith(".") && w.length() > 4 && !w.equals("Inc.") && !w.equals("e.V."));
    }

    /** die Zeitung „Rodong Sinmun“, ein Schiff namens „…“. */
    boolean isTitle(String text, QuoteSpanFinder.Pair p) {
        String inner = p.inner().of(text).strip();
        int words = wordCount(inner, MAX_TITLE_WORDS + 1);
        if (words > MAX_TITLE_WORDS) return false;
        if (words <= SOURCE_WORDS && mediaHead(lastWord(inner))) return true;
        String w = wordBefore(text, p.open());
        if (w.isEmpty()) return false;
        String lw = w.toLowerCase(Locale.ROOT);
        if (titleNoun(lw, w)) return true;
        // inflected: des Projekts „…“, des Gesetzes „…“, der Illustrierten „…“
        boolean inflected = lw.endsWith("s") || lw.endsWith("n");
        return inflected && lw.length() > MIN_HEAD && Character.isUpperCase(w.charAt(0))
                && (titleNoun(lw.substring(0, lw.length() - 1), w) || lw.endsWith("es") && titleNoun(lw.substring(0, lw.length() - 2), w));
    }

    private boolean titleNoun(String lw, String w) {
        for (String t : titleNouns) {
            if (t.startsWith(">")) continue;
            String bare = t.startsWith("<") ? t.substring(1) : t;
            if (t.startsWith("=") ? lw.equals(t.substring(1))
                    : lw.endsWith(bare) && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The quote's last word ends like a medium or title (Abendpost, Zeitung): the quote names one. */
    private boolean mediaHead(String last) {
        String w = TRAILING_NON_LETTERS.matcher(last).replaceAll("").toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !Character.isUpperCase(last.charAt(0))) return false;
        for (String t : titleNouns) {
            if (t.startsWith("=") || t.startsWith("<")) continue;
            if (w.endsWith(t.startsWith(">") ? t.substring(1) : t)) return true;
        }
        return false;
    }

    private static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) e--;
        if (e > 0 && text.charAt(e - 1) == ':') e--;
        int b = e;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-'
                || text.charAt(b - 1) == '.')) {
            b--;
        }
        return text.substring(b, e);
    }

    /** The writer's words around the quote, in its sentences, address the reader or name furniture. */
    boolean isFurniture(TextView v, QuoteSpanFinder.Pair p) {
        int from = v.firstTokenAtOrAfter(p.open());
        int to = v.firstTokenAtOrAfter(p.close());
        if (from >= v.size()) return false;
        int first = v.sentFirst(v.sentence(from));
        int last = v.sentLast(v.sentence(Math.min(to, v.size() - 1)));
        for (int i = Math.max(first, 0); i <= last; i++) {
            if (v.quoted(i)) continue;
            if (furniture.contains(v.lower(i))) return true;
            if (FORMAL.contains(v.word(i)) && i != first && !v.quoted(i - 1) && !v.word(i - 1).equals(":")) {
                return true;
            }
        }
        return false;
    }
}
