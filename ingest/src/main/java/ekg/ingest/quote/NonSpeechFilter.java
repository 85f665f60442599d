package ekg.ingest.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises quoted spans that are not speech: a short name or title after a noun such as Zeitung,
 * Sender or Operation (die Zeitung „…“), and page furniture, i.e. a sentence that addresses the
 * reader („…“ informiert Sie, wann …) or names a furniture word (Newsletter, Anzeige).
 */
final class NonSpeechFilter {
    /** Longest name or title, in words. */
    private static final int MAX_TITLE_WORDS = 8;
    private static final Set<String> FORMAL = Set.of("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer");

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
        return !isTitle(v.text, p) && !isFurniture(v, p);
    }

    /** die Zeitung „Rodong Sinmun“, ein Schiff namens „…“. */
    boolean isTitle(String text, QuoteSpanFinder.Pair p) {
        if (p.inner().of(text).strip().split("\\s+").length > MAX_TITLE_WORDS) return false;
        String w = wordBefore(text, p.open());
        if (w.isEmpty()) return false;
        String lw = w.toLowerCase(Locale.ROOT);
        for (String t : titleNouns) {
            if (t.startsWith("=") ? lw.equals(t.substring(1))
                    : lw.endsWith(t) && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) e--;
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
