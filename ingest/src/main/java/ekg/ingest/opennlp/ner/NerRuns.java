package ekg.ingest.opennlp.ner;

import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Training, evaluation and benchmark runs over corpus files, for the command line: callers name files
 * and options, and never handle OpenNLP types.
 *
 * <pre>{@code
 * NerScores s = NerRuns.evaluate(List.of(CorpusFile.parse("NER-de-test.tsv")), null, null, false);
 * }</pre>
 */
public final class NerRuns {

    private NerRuns() {
    }

    /** Trains a model, writes it to {@code out}, and returns lines saying what was written. */
    public static List<String> train(List<CorpusFile> data, TrainOptions options, Path out) throws IOException {
        TokenNameFinderModel model = NerTrainer.train(data, options);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        model.serialize(out);
        return List.of("wrote " + out + " (" + Files.size(out) + " bytes)",
                "data: " + model.getManifestProperty(NerTrainer.DATA_PROPERTY),
                "parameters: " + model.getManifestProperty(NerTrainer.PARAMETERS_PROPERTY));
    }

    /**
     * Scores a model (null: ekg's default) on the files, alone or as the head of the whole chain with the
     * lists in {@code lists} (null: the built-in lists) and the built-in knowledge base.
     */
    public static NerScores evaluate(List<CorpusFile> data, Path model, Path lists, boolean modelOnly)
            throws IOException {
        TokenNameFinderModel m = model == null ? NerModels.defaultModel() : NerModels.load(model);
        if (modelOnly) return NerEvaluator.evaluate(m, data);
        String name = model == null ? NerModels.DEFAULT_NAME : model.getFileName().toString();
        NameLists l = lists == null ? NameLists.builtIn() : NameLists.load(lists, KnowledgeBase.builtIn());
        return ChainEvaluator.evaluate(NameFinderChain.of(new NameFinderStage(m, name), l), NerEvaluator.readAll(data));
    }

    /** k-fold cross-validation over the files' pooled sentences; {@code progress} hears each fold's index. */
    public static NerScores crossValidate(List<CorpusFile> data, int folds, TrainOptions options, boolean modelOnly,
                                          IntConsumer progress) throws IOException {
        return ChainEvaluator.crossValidate(NerEvaluator.readAll(data), folds, options, KnowledgeBase.builtIn(),
                modelOnly, progress);
    }

    /** A benchmark of ekg's default model and chain on the files' tokens. */
    public static NerBenchmark benchmark(List<CorpusFile> data) throws IOException {
        return new NerBenchmark(NerModels.defaultModel(), NameFinderChain.defaults(), NerEvaluator.readAll(data));
    }
}
