package ekg.ingest.doc;

import java.util.Objects;

/**
 * Something said, as the article prints it. {@code span} covers the quoted words without the quote
 * marks. The cue, the speaker mention and the speaker entity are null when the text does not settle them.
 */
public record Quote(Span span, String text, QuoteMode mode, String cue, Span speakerSpan, String speakerKey) {
    public Quote {
        Objects.requireNonNull(span, "span == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(mode, "mode == null");
    }

    public boolean hasSpeaker() {
        return speakerKey != null;
    }
}
