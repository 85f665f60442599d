package ekg.ingest.doc;

import java.util.Objects;

/**
 * A role the article gives a person: "NATO-Generalsekretär Jens Stoltenberg" says Stoltenberg is
 * Generalsekretär of NATO. {@code span} covers the role phrase; {@code orgKey} is null when the text names
 * no organization or country ("Präsident Macron").
 */
public record RoleFact(Span span, String personKey, String role, String orgKey) {
    public RoleFact {
        Objects.requireNonNull(span, "span == null");
        Objects.requireNonNull(personKey, "personKey == null");
        Objects.requireNonNull(role, "role == null");
    }
}
