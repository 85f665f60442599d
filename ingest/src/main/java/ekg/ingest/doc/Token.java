package ekg.ingest.doc;

import java.util.Objects;

/** One token: its span, its text as printed, and the index of the sentence it belongs to. */
public record Token(Span span, String text, int sentence) {
    public Token {
        Objects.requireNonNull(span, "span == null");
        Objects.requireNonNull(text, "text == null");
        if (sentence < 0) throw new IllegalArgumentException("sentence < 0: " + sentence);
    }
}
