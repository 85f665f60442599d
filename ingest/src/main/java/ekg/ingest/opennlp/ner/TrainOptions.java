package ekg.ingest.opennlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to train a name finder: learner, iterations, feature cutoff and feature generator descriptor.
 *
 * <pre>{@code
 * TrainOptions o = TrainOptions.builder().iterations(100).cutoff(3).build();
 * }</pre>
 */
public final class TrainOptions {
    /** The project's feature generator descriptor, chosen by measurement (see de-ner-ekg.md). */
    public static final String DEFAULT_FEATURES = "/ekg/models/de-ner-features.xml";

    private final Algorithm algorithm;
    private final int iterations;
    private final int cutoff;
    private final byte[] features;
    private final String featuresName;
    private final List<String> credits;

    private TrainOptions(Builder b) {
        this.algorithm = b.algorithm;
        this.iterations = b.iterations;
        this.cutoff = b.cutoff;
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
    public byte[] features() { return features.clone(); }
    public String featuresName() { return featuresName; }
    /** Extra data credits for the manifest, beside those {@link DataCredits} knows. */
    public List<String> credits() { return credits; }

    @Override
    public String toString() {
        return algorithm.name().toLowerCase(java.util.Locale.ROOT) + ", " + iterations + " iterations, cutoff "
                + cutoff + ", features " + featuresName;
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
