package ekg.graph.cli;

import ekg.ingest.tools.ner.Algorithm;
import ekg.ingest.tools.ner.CorpusFile;
import ekg.ingest.tools.ner.TrainOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The training options that {@code train-ner} and {@code eval-ner --folds} share (a picocli mixin). */
final class NerTraining {

    @Mixin
    NerCorpus data = new NerCorpus();

    @Option(names = "--algorithm", paramLabel = "perceptron|maxent|maxent-qn",
            description = "Learner: perceptron, maxent (GIS) or maxent-qn (L-BFGS) (default: perceptron).")
    String algorithm;

    @Option(names = "--l1", paramLabel = "C", description = "L1 cost of maxent-qn (default: 0.1).")
    Double l1;

    @Option(names = "--l2", paramLabel = "C", description = "L2 cost of maxent-qn (default: 0.1).")
    Double l2;

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: 100).")
    Integer iterations;

    @Option(names = "--cutoff", paramLabel = "N", description = "Feature count cutoff (default: 1).")
    Integer cutoff;

    @Option(names = "--features", paramLabel = "<xml>",
            description = "OpenNLP feature generator descriptor: a file, or a classpath resource starting with '/'"
                    + " (default: " + TrainOptions.DEFAULT_FEATURES + ").")
    String features;

    @Option(names = "--credit", paramLabel = "<text>",
            description = "A credit line for data ekg does not know, written into the model's manifest (repeatable).")
    List<String> credits = new ArrayList<>();

    TrainOptions options() throws IOException {
        TrainOptions.Builder b = TrainOptions.builder();
        if (algorithm != null) b.algorithm(Algorithm.parse(algorithm));
        if (iterations != null) b.iterations(iterations);
        if (cutoff != null) b.cutoff(cutoff);
        if (l1 != null) b.l1(l1);
        if (l2 != null) b.l2(l2);
        if (features != null) b.features(features);
        credits.forEach(b::credit);
        return b.build();
    }

    /** Corpus specs ({@code path[#options]}) with the --format applied where a spec names none. */
    List<CorpusFile> corpus(List<String> specs) {
        return data.files(specs);
    }
}
