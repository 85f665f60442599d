package ekg.ingest.tools.ner;

import java.util.Locale;

/** The OpenNLP learners the trainer offers. */
public enum Algorithm {
    PERCEPTRON("PERCEPTRON"),
    /** Maximum entropy trained by GIS. */
    MAXENT("MAXENT"),
    /** Maximum entropy trained by L-BFGS, with L1 and L2 regularization ({@link TrainOptions#l1()}). */
    MAXENT_QN("MAXENT_QN");

    private final String openNlpName;

    Algorithm(String openNlpName) {
        this.openNlpName = openNlpName;
    }

    /** The value of OpenNLP's {@code Algorithm} training parameter. */
    String openNlpName() {
        return openNlpName;
    }

    /** Parses {@code perceptron}, {@code maxent} or {@code maxent-qn} (any case). */
    public static Algorithm parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown algorithm '" + name + "': use perceptron, maxent or maxent-qn", e);
        }
    }

    /** The command line spelling: {@code perceptron}, {@code maxent}, {@code maxent-qn}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
