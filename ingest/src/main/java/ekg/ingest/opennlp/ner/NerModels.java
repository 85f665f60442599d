package ekg.ingest.opennlp.ner;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Loads name-finder models: ekg's default German model from the classpath, or any model from a file. */
public final class NerModels {
    /** The classpath resource of the default model, trained by {@code ekg train-ner} (see ekg.ingest.tools.ner). */
    public static final String DEFAULT_RESOURCE = "/ekg/models/de-ner-ekg.bin";
    /** The default model's name, as it appears in {@code Mention.foundBy()}. */
    public static final String DEFAULT_NAME = "de-ner-ekg";

    // OpenNLP only instantiates feature generators from packages it has been told to trust; ekg's own
    // (KnownNamesFeatureGeneratorFactory, NameWordsFeatureGeneratorFactory) live here, where the committed
    // model's descriptor names them: moving them would make de-ner-ekg.bin unreadable.
    static {
        ExtensionLoader.registerAllowedPackage(NerModels.class.getPackageName());
    }

    private NerModels() {
    }

    /** Lets OpenNLP load ekg's feature generators; called before any model is trained or read. */
    public static void allowEkgFeatures() {
        // The static initializer does the work; calling this method runs it.
    }

    // Loading takes a second or two and the model is read-only, so one copy serves the whole process.
    private static final class Default {
        static final TokenNameFinderModel MODEL = loadResource(DEFAULT_RESOURCE, RepeatAwareNameModel::new);
    }

    private static final class Plain {
        static final TokenNameFinderModel MODEL = loadResource(DEFAULT_RESOURCE, TokenNameFinderModel::new);
    }

    /** The default German model, loaded on first use and shared. */
    public static TokenNameFinderModel defaultModel() {
        return Default.MODEL;
    }

    /**
     * The default model as OpenNLP reads it, without ekg's sharing of repeated contexts: the baseline
     * that {@code ekg bench} measures ekg against. Loaded on first use, apart from {@link #defaultModel()}.
     */
    public static TokenNameFinderModel plainDefaultModel() {
        return Plain.MODEL;
    }

    /** Loads a model file. */
    public static TokenNameFinderModel load(Path file) throws IOException {
        return new RepeatAwareNameModel(file);
    }

    interface Reader {
        TokenNameFinderModel read(InputStream in) throws IOException;
    }

    static TokenNameFinderModel loadResource(String resource, Reader reader) {
        try (InputStream in = NerModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("name-finder model " + resource + " is not on the classpath;"
                        + " train it with 'ekg train-ner' (see ingest/src/main/java/ekg/ingest/tools/ner/de-ner-ekg.md)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-finder model " + resource, e);
        }
    }
}
