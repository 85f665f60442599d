package ekg.ingest.doc;

import java.util.Locale;

/** Coarse entity types, as news NER corpora label them. */
public enum EntityType {
    PER, ORG, LOC, OTH;

    /** Parses a corpus label such as {@code PER}, {@code B-LOC} or {@code LOCderiv}; OTH for MISC. */
    public static EntityType parse(String label) {
        String l = label.toUpperCase(Locale.ROOT);
        if (l.length() > 2 && l.charAt(1) == '-') l = l.substring(2);
        if (l.startsWith("PER")) return PER;
        if (l.startsWith("ORG")) return ORG;
        if (l.startsWith("LOC") || l.startsWith("GPE")) return LOC;
        if (l.startsWith("OTH") || l.startsWith("MISC")) return OTH;
        throw new IllegalArgumentException("unknown entity label: " + label);
    }
}
