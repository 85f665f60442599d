package ekg.ingest.kb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import ekg.ingest.doc.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One known entity: a stable {@code key} (the slug of its German name, which the graph turns into an
 * IRI), its type, German name and aliases, Wikidata id where certain, the roles it holds, and for
 * places their {@code kind} ("country", "city", ...), {@code capital} and the stem of their German
 * adjective ("russisch"), which epithets like "der russische Präsident" are built from. {@code source} says where the
 * entry's facts come from.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KbEntry(@JsonProperty("key") String key, @JsonProperty("type") EntityType type,
                      @JsonProperty("name") String name, @JsonProperty("aliases") List<String> aliases,
                      @JsonProperty("wikidata") String wikidata, @JsonProperty("kind") String kind,
                      @JsonProperty("capital") String capital, @JsonProperty("adjective") String adjective,
                      @JsonProperty("roles") List<KbRole> roles, @JsonProperty("source") String source) {

    public KbEntry {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(type, "type == null (in entry " + key + ")");
        Objects.requireNonNull(name, "name == null (in entry " + key + ")");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("entry " + key + ": wikidata id '" + wikidata + "' is not a Q-number");
        }
    }

    /** The name and every alias. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
