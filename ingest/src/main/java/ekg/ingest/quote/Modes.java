package ekg.ingest.quote;

import ekg.ingest.doc.QuoteMode;

/**
 * Tells a whole quoted utterance from a few quoted words in the writer's sentence. DIRECT: the quote
 * opens a sentence or follows a colon, is followed by its own cue („…“, sagte X), or is a complete
 * sentence (capital first letter, final . ! ?). Otherwise PARTIAL.
 */
final class Modes {
    private Modes() {}

    static QuoteMode of(String text, QuoteSpanFinder.Pair p, boolean trailingCue) {
        String inner = p.inner().of(text);
        boolean complete = Character.isUpperCase(inner.charAt(0)) && ".!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
        return startsUtterance(text, p.open()) || trailingCue || complete ? QuoteMode.DIRECT : QuoteMode.PARTIAL;
    }

    /** Only a sentence end, a colon or a paragraph start (perhaps behind a closed quote) precedes the mark. */
    static boolean startsUtterance(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) i--;
        if (i < 0 || text.charAt(i) == '\n') return true;
        char c = text.charAt(i);
        if (QuoteMarks.isMark(c) && i > 0) c = text.charAt(i - 1);
        return ".!?:…".indexOf(c) >= 0;
    }
}
