package ekg.ingest.tools.ner;

import opennlp.tools.ml.maxent.quasinewton.QNTrainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to train a name finder: learner, iterations, feature cutoff, feature generator descriptor, and for
 * L-BFGS the regularization costs.
 *
 * <pre>{@code
 * TrainOptions o = TrainOptions.builder().iterations(100).cutoff(3).build();
 * }</pre>
 */
public final class TrainOptions {
    /** The project's feature generator descriptor, chosen by measurement (see de-ner-ekg.md). */
    public static final String DEFAULT_FEATURES = "/ekg/models/de-ner-features.xml";
    /** OpenNLP's own defaults for L-BFGS. */
    public static final double DEFAULT_L1 = QNTrainer.L1COST_DEFAULT, DEFAULT_L2 = QNTrainer.L2COST_DEFAULT;

    private final Algorithm algorithm;
    private final int iterations;
    private final int cutoff;
    private final double l1;
    private final double l2;
    private final byte[] features;
    private final String featuresName;
    private final List<String> credits;

    private TrainOptions(Builder b) {
        this.algorithm = b.algorithm;
        this.iterations = b.iterations;
        this.cutoff = b.cutoff;
        if ((b.l1 != null || b.l2 != null) && b.algorithm != Algorithm.MAXENT_QN) {
            throw new IllegalArgumentException("L1/L2 costs apply to maxent-qn only, not to " + b.algorithm.label());
        }
        this.l1 = b.l1 != null ? b.l1 : DEFAULT_L1;
        this.l2 = b.l2 != null ? b.l2 : DEFAULT_L2;
        this.features = b.features != null ? b.features : resource(DEFAULT_FEATURES);
        this.featuresName = b.features != null ? b.featuresName : DEFAULT_FEATURES.substring(1);
        this.credits = List.copyOf(b.credits);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: perceptron, 100 iterations, cutoff 1, the project's features. */
    public static TrainOptions defaults() {
        return builder().build();
    }

    public Algorithm algorithm() { return algorithm; }
    public int iterations() { return iterations; }
    public int cutoff() { return cutoff; }
    /** L1 cost of L-BFGS (maxent-qn only). */
    public double l1() { return l1; }
    /** L2 cost of L-BFGS (maxent-qn only). */
    public double l2() { return l2; }
    public byte[] features() { return features.clone(); }
    public String featuresName() { return featuresName; }
    /** Extra data credits for the manifest, beside those {@link DataCredits} knows. */
    public List<String> credits() { return credits; }

    @Override
    public String toString() {
        String costs = algorithm == Algorithm.MAXENT_QN ? ", L1 " + l1 + ", L2 " + l2 : "";
        return algorithm.label() + ", " + iterations + " iterations, cutoff " + cutoff + costs + ", features " + featuresName;
    }

    static byte[] resource(String name) {
        try (InputStream in = TrainOptions.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is not on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Collects options; unset ones keep their defaults. */
    public static final class Builder {
        private Algorithm algorithm = Algorithm.PERCEPTRON;
        private int iterations = 100;
        private int cutoff = 1;
        private Double l1;
        private Double l2;
        private byte[] features;
        private String featuresName;
        private final List<String> credits = new ArrayList<>();

        public Builder algorithm(Algorithm v) {
            this.algorithm = Objects.requireNonNull(v, "algorithm == null");
            return this;
        }

        public Builder iterations(int v) {
            if (v < 1) throw new IllegalArgumentException("iterations < 1: " + v);
            this.iterations = v;
            return this;
        }

        public Builder cutoff(int v) {
            if (v < 0) throw new IllegalArgumentException("cutoff < 0: " + v);
            this.cutoff = v;
            return this;
        }

        public Builder l1(double v) {
            this.l1 = cost("L1", v);
            return this;
        }

        public Builder l2(double v) {
            this.l2 = cost("L2", v);
            return this;
        }

        private static double cost(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " cost must be a number >= 0: " + v);
            return v;
        }

        /** A feature generator descriptor (OpenNLP XML) and a name for it in the manifest. */
        public Builder features(byte[] descriptor, String name) {
            this.features = Objects.requireNonNull(descriptor, "descriptor == null").clone();
            this.featuresName = Objects.requireNonNull(name, "name == null");
            return this;
        }

        /** A feature generator descriptor from a file, or a classpath resource if the name starts with '/'. */
        public Builder features(String fileOrResource) throws IOException {
            Path p = Path.of(fileOrResource);
            byte[] bytes = Files.exists(p) ? Files.readAllBytes(p) : resource(fileOrResource);
            return features(bytes, p.getFileName().toString());
        }

        public Builder credit(String v) {
            credits.add(Objects.requireNonNull(v, "credit == null"));
            return this;
        }

        public TrainOptions build() {
            return new TrainOptions(this);
        }
    }
}
