package ekg.ingest.doc;

import java.util.List;
import java.util.Objects;

/**
 * One thing an article names, with every mention of it: {@code key} is a stable, readable identifier
 * (the slug of the canonical name) that the graph turns into an IRI.
 */
public record Entity(String key, String label, EntityType type, List<Span> mentions) {
    public Entity {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(type, "type == null");
        mentions = List.copyOf(mentions);
        if (key.isBlank()) throw new IllegalArgumentException("key is blank for " + label);
    }
}
