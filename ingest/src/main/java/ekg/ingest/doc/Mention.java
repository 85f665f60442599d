package ekg.ingest.doc;

import java.util.Objects;

/**
 * A name found in the text: its span, the text as printed, its type, and what found it
 * (a model name or a rule), so that a wrong name can be traced to its cause.
 */
public record Mention(Span span, String text, EntityType type, String foundBy) {
    public Mention {
        Objects.requireNonNull(span, "span == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(foundBy, "foundBy == null");
    }
}
