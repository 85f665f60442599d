package ekg.ingest.tools.ner;

import ekg.ingest.opennlp.ner.KnownNames;
import ekg.ingest.opennlp.ner.KnownNamesFeatureGeneratorFactory;
import ekg.ingest.opennlp.ner.NameWordsFeatureGeneratorFactory;
import ekg.ingest.opennlp.ner.NerModels;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Trains a German name finder (types PER, ORG, LOC, OTH) and records its data, credits and parameters
 * in the model's manifest, where {@code TokenNameFinderModel.getManifestProperty("ekg-training-data")} finds them.
 *
 * <pre>{@code
 * TokenNameFinderModel m = NerTrainer.train(List.of(CorpusFile.parse("NER-de-dev.tsv")), TrainOptions.defaults());
 * m.serialize(Path.of("de-ner.bin"));
 * }</pre>
 */
public final class NerTrainer {
    public static final String LANGUAGE = "de";
    public static final String DATA_PROPERTY = "ekg-training-data";
    public static final String CREDITS_PROPERTY = "ekg-data-credits";
    public static final String PARAMETERS_PROPERTY = "ekg-training-parameters";

    private NerTrainer() {
    }

    /** Reads the files, trains, and names every file (with its sentence count) and its credit in the manifest. */
    public static TokenNameFinderModel train(List<CorpusFile> files, TrainOptions options) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<String> data = new ArrayList<>();
        Set<String> credits = new LinkedHashSet<>();
        for (CorpusFile f : files) {
            List<NameSample> read = f.read();
            samples.addAll(read);
            data.add(f.describe() + " (" + read.size() + " sentences)");
            credits.add(DataCredits.of(f.path().getFileName().toString()));
        }
        credits.addAll(options.credits());
        if (new String(options.features(), java.nio.charset.StandardCharsets.UTF_8).contains(NameWordsFeatureGeneratorFactory.ARTIFACT)) {
            credits.add(DataCredits.NAME_WORDS);
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put(DATA_PROPERTY, String.join("; ", data));
        manifest.put(CREDITS_PROPERTY, String.join(" | ", credits));
        return train(samples, options, manifest);
    }

    /** Trains on samples already read; {@code manifest} entries are added to the model's manifest. */
    public static TokenNameFinderModel train(List<NameSample> samples, TrainOptions options,
                                             Map<String, String> manifest) throws IOException {
        if (samples.isEmpty()) throw new IllegalArgumentException("no training sentences");
        NerModels.allowEkgFeatures();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm().openNlpName());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        if (options.algorithm() == Algorithm.MAXENT_QN) {
            params.put(QNTrainer.L1COST_PARAM, options.l1());
            params.put(QNTrainer.L2COST_PARAM, options.l2());
            params.put(QNTrainer.THREADS_PARAM, Runtime.getRuntime().availableProcessors());
        }
        TokenNameFinderFactory factory = new TokenNameFinderFactory(options.features(), resources(options), new BioCodec());
        TokenNameFinderModel model = NameFinderME.train(LANGUAGE, null,
                ObjectStreamUtils.createObjectStream(samples), params, factory);
        Map<String, String> entries = new LinkedHashMap<>(manifest);
        entries.put(PARAMETERS_PROPERTY, options + ", " + samples.size() + " sentences");
        addToManifest(model, entries);
        return model;
    }

    // A descriptor that asks for known names gets the knowledge base as it is now, stored in the model.
    // The same for the name words (the shipped lists of first names, last names and places).
    private static Map<String, Object> resources(TrainOptions options) {
        String xml = new String(options.features(), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Object> out = new LinkedHashMap<>();
        if (xml.contains(KnownNamesFeatureGeneratorFactory.ARTIFACT)) {
            out.put(KnownNamesFeatureGeneratorFactory.ARTIFACT, KnownNames.of(ekg.ingest.kb.KnowledgeBase.builtIn().entries()));
        }
        if (xml.contains(NameWordsFeatureGeneratorFactory.ARTIFACT)) {
            out.put(NameWordsFeatureGeneratorFactory.ARTIFACT,
                    new NameWordsFeatureGeneratorFactory.Artifact(ekg.ingest.names.NameWords.builtIn()));
        }
        return out;
    }

    // OpenNLP's train() builds the manifest from a private map; the model exposes the manifest as an
    // artifact, and entries added there are serialized with the model.
    private static void addToManifest(TokenNameFinderModel model, Map<String, String> entries) {
        Object manifest = model.getArtifact("manifest.properties");
        if (!(manifest instanceof Properties p)) {
            throw new IllegalStateException("OpenNLP model has no manifest artifact; cannot record training data");
        }
        entries.forEach(p::setProperty);
    }
}
