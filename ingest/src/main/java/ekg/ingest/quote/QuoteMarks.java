package ekg.ingest.quote;

/**
 * The quote marks of German news and the closers each opener takes: „…“ „…” „…", "…", »…«, «…»,
 * ‚…‘, ›…‹, and the English “…” that translated copy brings along.
 */
final class QuoteMarks {
    private static final String ALL = "\"„“”»«‚‘’‹›";
    /** Marks that can only open. */
    private static final String OPEN_ONLY = "„‚";
    /** Double marks whose unmatched occurrence is worth reporting as a stray closer. */
    private static final String DOUBLE = "\"“”»«";

    private QuoteMarks() {}

    static boolean isMark(char c) {
        return ALL.indexOf(c) >= 0;
    }

    static boolean isOpenOnly(char c) {
        return OPEN_ONLY.indexOf(c) >= 0;
    }

    static boolean isDouble(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    /** Whether {@code close} ends a quote opened by {@code open}. */
    static boolean closes(char open, char close) {
        return switch (open) {
            case '„' -> close == '“' || close == '”' || close == '"';
            case '"' -> close == '"' || close == '“' || close == '”';
            case '“' -> close == '”' || close == '“' || close == '"';
            case '”' -> close == '”';
            case '»' -> close == '«';
            case '«' -> close == '»';
            case '‚' -> close == '‘' || close == '’';
            case '‘' -> close == '’';
            case '›' -> close == '‹';
            case '‹' -> close == '›';
            default -> false;
        };
    }

    /** A mark that may open a quote when it stands before a word. */
    static boolean canOpen(char c) {
        return c != '’';
    }

    /** An apostrophe rather than a quote mark: between two letters (geht’s, O'Neill). */
    static boolean isApostrophe(String text, int i) {
        char c = text.charAt(i);
        if (c != '’' && c != '\'' && c != '‘') return false;
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    /** The mark stands before a word: nothing or a space, bracket, dash or mark before it, a non-space after. */
    static boolean leftFlanking(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) return false;
        if (i == 0) return true;
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{/-–—:".indexOf(p) >= 0 || isMark(p);
    }

    /** The mark stands after a word: a non-space before it, nothing, a space or punctuation after. */
    static boolean rightFlanking(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) return false;
        if (i + 1 >= text.length()) return true;
        char n = text.charAt(i + 1);
        return Character.isWhitespace(n) || isMark(n) || (!Character.isLetterOrDigit(n));
    }
}
