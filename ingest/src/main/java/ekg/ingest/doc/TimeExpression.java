package ekg.ingest.doc;

import java.util.Objects;

/**
 * A time phrase as printed ("am Dienstag (18. Juni)", "im vergangenen Herbst") and its normalized value:
 * an ISO date, year-month or year, or an interval {@code a/b}; null when the phrase is relative and the
 * article gives nothing to resolve it against. {@code anchor} says what a relative phrase was resolved
 * against (e.g. "published 2024-06-18", "inferred 2024-06 from the text"); null for absolute phrases.
 */
public record TimeExpression(Span span, String text, String value, String anchor) {
    public TimeExpression {
        Objects.requireNonNull(span, "span == null");
        Objects.requireNonNull(text, "text == null");
    }

    public boolean resolved() {
        return value != null;
    }
}
