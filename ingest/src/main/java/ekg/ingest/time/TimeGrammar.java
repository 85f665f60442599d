package ekg.ingest.time;

import ekg.ingest.doc.Span;
import ekg.ingest.morph.WordMemo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ekg.ingest.time.GermanCalendar.MONTH_WORD;
import static ekg.ingest.time.GermanCalendar.NUMBER_WORD;
import static ekg.ingest.time.GermanCalendar.SEASON_WORD;
import static ekg.ingest.time.GermanCalendar.WEEKDAY_WORD;
import static ekg.ingest.time.GermanCalendar.YEAR_DIGITS;

/**
 * Finds German time phrases in a text: absolute dates, months and years, and phrases relative to the
 * article's date. Where phrases overlap, the earliest, then the longest wins, so "am Dienstag (18. Juni)"
 * is one phrase, not a weekday and a date.
 */
final class TimeGrammar {

    /** The kinds of phrase; each has one pattern with named groups that {@link TimeResolver} reads. */
    enum Kind {
        FULL_DATE("(?:[Aa]m\\s+)?(?:(?<wd>" + WEEKDAY_WORD + "),?\\s+(?:den\\s+)?)?(?<d>\\d{1,2})\\.\\s*(?<m>" + MONTH_WORD
                + ")\\s+(?<y>" + YEAR_DIGITS + ")"),
        NUMERIC_DATE("(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>" + YEAR_DIGITS + ")(?!\\d)"),
        DAY_RANGE("(?:[Aa]m|[Vv]om)?\\s*(?<d1>\\d{1,2})\\.\\s+(?:und|bis)\\s+(?:(?:zum|am)\\s+)?(?<d2>\\d{1,2})\\.\\s*(?<m>"
                + MONTH_WORD + ")(?:\\s+(?<y>" + YEAR_DIGITS + "))?"),
        WEEKDAY_DAY("(?:[Aa]m\\s+)?(?<wd>" + WEEKDAY_WORD + ")\\s*(?:\\(\\s*|,\\s*(?:den\\s+)?)(?<d>\\d{1,2})\\.\\s*(?<m>"
                + MONTH_WORD + ")\\s*\\)?"),
        DAY_MONTH("(?:[Aa]m\\s+)?(?<![\\d.])(?<d>\\d{1,2})\\.\\s*(?<m>" + MONTH_WORD + ")"),
        MONTH_YEAR("(?:(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Aa]nfang|[Mm]itte|[Ee]nde)\\s+)?(?<m>" + MONTH_WORD + ")\\s+(?<y>"
                + YEAR_DIGITS + ")"),
        MONTH("(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Aa]nfang|[Mm]itte|[Ee]nde)\\s+(?<m>" + MONTH_WORD + ")\\b"),
        SEASON("(?:[Ii]m\\s+(?:(?<mod>vergangenen|letzten|vorigen|kommenden|nächsten)\\s+)?"
                + "|(?<mod2>[Vv]ergangenen|[Ll]etzten|[Vv]origen|[Dd]iesen|[Kk]ommenden|[Nn]ächsten)\\s+)(?<s>"
                + SEASON_WORD + ")(?:\\s+(?<y>" + YEAR_DIGITS + "))?"),
        YEAR("(?:[Ii]m\\s+Jahre?|[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Uu]m|[Vv]on|[Aa]nfang|[Mm]itte|[Ee]nde)\\s+(?<y>"
                + YEAR_DIGITS + ")(?!\\d|\\.\\d)"),
        AGO("[Vv]or\\s+(?:(?<q>mehr als|über|fast|knapp|gut|rund|etwa)\\s+)?(?<n>" + NUMBER_WORD + ")\\s+(?<u>"
                + "Vierteljahrhundert|Jahrhunderten?|Jahrzehnten?|Jahren|Jahr|Monaten|Monat|Wochen|Woche|Tagen|Tag)\\b"),
        AFTER("(?<n>" + NUMBER_WORD + ")\\s+(?<u>Jahre|Monate|Wochen|Tage),?\\s+(?:nachdem|nach)\\b"),
        RELATIVE_UNIT("(?:(?:[Ii]m|[Ii]n der|[Ii]n diesem|[Ii]n dieser)\\s+)?(?<mod>[Ll]etzt|[Vv]ergangen|[Vv]orig"
                + "|[Dd]ies|[Nn]ächst|[Kk]ommend)(?:e|en|er|es|em)\\s+(?<u>Woche|Monats?|Jahr(?:es)?)\\b"),
        DEICTIC("\\b(?<w>vorgestern|gestern|heute|morgen|übermorgen|Vorgestern|Gestern|Heute|Übermorgen)\\b"),
        WEEKDAYS("(?:(?<mod>[Aa]m|[Aa]n diesem|[Dd]iesen|[Vv]ergangenen|[Ll]etzten|[Kk]ommenden|[Nn]ächsten)\\s+)?"
                + "\\b(?<wd>" + WEEKDAY_WORD + ")(?:\\s+und\\s+(?<wd2>" + WEEKDAY_WORD + "))?\\b");

        final Pattern pattern;
        /** The named groups of the pattern, so reading a match never probes for a group it lacks. */
        final List<String> groups;

        /** The Latin letters and digits a match can begin with; see {@link #mayStartAt}. */
        private final BitSet firsts = new BitSet(LATIN_END);
        /** The pairs of {@link Pairs#CHARS} a match can begin with, at {@code N * first + second}. */
        private final BitSet pairs = new BitSet(Pairs.N * Pairs.N);

        Kind(String regex) {
            this.pattern = Pattern.compile(regex);
            this.groups = GROUPS.stream().filter(g -> regex.contains("(?<" + g + ">")).toList();
            // A character can begin a match when the pattern, given that character alone, matches or
            // asks for more input; read off the pattern itself, so the two can never disagree.
            for (char c = 0; c < LATIN_END; c++) {
                if (begins(String.valueOf(c))) firsts.set(c);
            }
            // The same for two letters: "de" of "der" begins no weekday, though "d" of "diesen" may.
            for (int i = 0; i < Pairs.N; i++) {
                if (!firsts.get(Pairs.CHARS.charAt(i))) continue;
                for (int j = 0; j < Pairs.N; j++) {
                    if (begins("" + Pairs.CHARS.charAt(i) + Pairs.CHARS.charAt(j))) pairs.set(Pairs.N * i + j);
                }
            }
        }

        private boolean begins(String start) {
            Matcher m = pattern.matcher(start);
            return m.lookingAt() || m.hitEnd();
        }

        /** False when no match can begin at {@code at} by its first two characters: most words are passed over. */
        boolean mayStartAt(String text, int at) {
            char c = text.charAt(at);
            if (c >= LATIN_END) return true;
            if (!firsts.get(c)) return false;
            if (at + 1 >= text.length()) return true;
            char d = text.charAt(at + 1);
            int i = Pairs.INDEX[c];
            int j = d < LATIN_END ? Pairs.INDEX[d] : -1;
            return i < 0 || j < 0 || pairs.get(Pairs.N * i + j);
        }
    }

    private static final int LATIN_END = 0x250;
    /** The kinds each word may begin, remembered for {@link #kindsAt}; the commonest words of news are far fewer. */
    private static final WordMemo<Integer> BEGINNINGS = new WordMemo<>(50_000, TimeGrammar::beginnings);
    /**
     * The characters whose pairs are read off the patterns (a pair with any other character may begin a
     * match), in a class of their own so that they are set before the first {@link Kind} is built.
     */
    private static final class Pairs {
        static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß0123456789";
        static final int N = CHARS.length();
        /** Each character's place in {@link #CHARS}, -1 for the others. */
        static final int[] INDEX = new int[LATIN_END];

        static {
            Arrays.fill(INDEX, -1);
            for (int i = 0; i < N; i++) INDEX[CHARS.charAt(i)] = i;
        }
    }

    private static final List<String> GROUPS = List.of("wd", "wd2", "d", "d1", "d2", "m", "y", "s", "mod", "mod2",
            "q", "n", "u", "w");

    /** One phrase found: where it stands, its kind, and the named groups of its match. */
    record Found(Span span, String text, Kind kind, Map<String, String> groups) {
        String group(String name) {
            return groups.get(name);
        }

        /** True when the phrase names a time on its own, without the article's date. */
        boolean absolute() {
            return switch (kind) {
                case FULL_DATE, NUMERIC_DATE, MONTH_YEAR, YEAR -> true;
                case DAY_RANGE, SEASON -> group("y") != null;
                default -> false;
            };
        }
    }

    private TimeGrammar() {
    }

    /**
     * The phrases of a text. Each kind's pattern is tried only where a word begins, never inside one
     * ("Zeitraum 2019" holds no "um 2019"); scanning every character with fourteen patterns cost more
     * than tagging the text's parts of speech.
     */
    static List<Found> find(String text) {
        int[] starts = wordStarts(text);
        int[] kinds = new int[starts.length];
        for (int i = 0; i < starts.length; i++) kinds[i] = kindsAt(text, starts[i]);
        List<Found> all = new ArrayList<>();
        for (Kind k : Kind.values()) {
            Matcher m = k.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            for (int i = 0; i < starts.length; i++) {
                int start = starts[i];
                if (start < next || (kinds[i] & 1 << k.ordinal()) == 0) continue;
                m.region(start, text.length());
                if (m.lookingAt() && m.end() > m.start()) {
                    all.add(new Found(new Span(m.start(), m.end()), m.group().strip(), k, groups(k, m)));
                    next = m.end();
                }
            }
        }
        all.sort(Comparator.comparingInt((Found f) -> f.span().begin()).thenComparing(f -> -f.span().length()));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(f.span())) kept.add(trim(f, text));
        }
        return kept;
    }

    /** The phrase alone, if the text is exactly one phrase of a kind; null otherwise. */
    static Found parse(String phrase) {
        List<Found> found = find(phrase);
        return found.size() == 1 && found.get(0).text().equals(phrase.strip()) ? found.get(0) : null;
    }

    private static Found trim(Found f, String text) {
        int b = f.span().begin();
        while (b < f.span().end() && Character.isWhitespace(text.charAt(b))) b++;
        return new Found(new Span(b, f.span().end()), f.text(), f.kind(), f.groups());
    }

    /**
     * The kinds (a bit per ordinal) whose match may begin with the word at {@code start} and the character
     * after it, read off the patterns by {@link Kind#begins} and remembered per word: a word that begins no
     * phrase (most do not) then costs one lookup instead of a match attempt per kind.
     */
    private static int kindsAt(String text, int start) {
        boolean maybe = false;
        for (Kind k : Kind.values()) maybe |= k.mayStartAt(text, start);
        if (!maybe) return 0;
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) end++;
        return BEGINNINGS.get(text.substring(start, Math.min(end + 1, text.length())));
    }

    private static int beginnings(String word) {
        int bits = 0;
        for (Kind k : Kind.values()) if (k.begins(word)) bits |= 1 << k.ordinal();
        return bits;
    }

    /** Offsets where a letter or digit follows something that is neither. */
    private static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !inWord) starts[n++] = i;
            inWord = word;
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static Map<String, String> groups(Kind k, Matcher m) {
        Map<String, String> g = new HashMap<>();
        for (String name : k.groups) {
            if (m.group(name) != null) g.put(name, m.group(name));
        }
        return g;
    }
}
