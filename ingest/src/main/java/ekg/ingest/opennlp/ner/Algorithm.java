package ekg.ingest.opennlp.ner;

import java.util.Locale;

/** The OpenNLP learners the trainer offers. */
public enum Algorithm {
    PERCEPTRON("PERCEPTRON"),
    MAXENT("MAXENT");

    private final String openNlpName;

    Algorithm(String openNlpName) {
        this.openNlpName = openNlpName;
    }

    /** The value of OpenNLP's {@code Algorithm} training parameter. */
    String openNlpName() {
        return openNlpName;
    }

    /** Parses {@code perceptron} or {@code maxent} (any case). */
    public static Algorithm parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown algorithm '" + name + "': use perceptron or maxent", e);
        }
    }
}
