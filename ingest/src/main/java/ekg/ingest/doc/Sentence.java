package ekg.ingest.doc;

import java.util.Objects;

/** One sentence, as a character span. */
public record Sentence(Span span) {
    public Sentence {
        Objects.requireNonNull(span, "span == null");
    }
}
