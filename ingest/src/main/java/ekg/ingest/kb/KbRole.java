package ekg.ingest.kb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/**
 * A position someone holds: {@code role} is the German role noun ("Präsident", "Generalsekretär"),
 * {@code of} the key of the country or organization, {@code from}/{@code to} ISO dates (open when null),
 * and {@code titles} further nouns the press uses for the holder ("Kremlchef").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KbRole(@JsonProperty("role") String role, @JsonProperty("of") String of,
                     @JsonProperty("from") String from, @JsonProperty("to") String to,
                     @JsonProperty("titles") List<String> titles) {

    public KbRole {
        Objects.requireNonNull(role, "role == null");
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** True when the role was held on {@code isoDate} (any precision: "2024", "2024-06", "2024-06-18"). */
    public boolean heldOn(String isoDate) {
        if (isoDate == null) return to == null;
        return (from == null || !before(isoDate, from)) && (to == null || !before(to, isoDate));
    }

    /** a < b, comparing only the precision both have. */
    private static boolean before(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n)) < 0;
    }
}
