package ekg.ingest.opennlp;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The German OpenNLP models from Maven Central (UD German-GSD), loaded once per process on first use:
 * loading all of them takes seconds, so no stage may load its own copy.
 */
public final class OpenNlpModels {
    static final String SENTENCE = "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
    private static final String POS_ENTRY = "pos.model";

    private OpenNlpModels() {
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    private static final class Pos {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    public static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    public static TokenizerModel tokens() {
        return Tokens.MODEL;
    }

    private static final class RepeatAwarePos {
        static final POSModel MODEL = repeatAware(Pos.MODEL);
    }

    /** The POS model as OpenNLP reads it: the baseline that {@code ekg bench} measures ekg against. */
    public static POSModel pos() {
        return Pos.MODEL;
    }

    /**
     * The same POS model, its taggers asking the model once per distinct context of a token (see
     * {@link RepeatedContexts}): the same tags with fewer evaluations. Shares the loaded model's weights.
     */
    public static POSModel posTagging() {
        return RepeatAwarePos.MODEL;
    }

    private static POSModel repeatAware(POSModel plain) {
        MaxentModel maxent = plain.getArtifact(POS_ENTRY);
        String size = plain.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beam = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
        Map<String, String> manifest = size == null ? Map.of() : Map.of(BeamSearch.BEAM_SIZE_PARAMETER, size);
        return new POSModel(plain.getLanguage(), new RepeatAwareBeam(maxent, beam), manifest, plain.getFactory());
    }

    /** Names of the model files, for provenance. */
    public static String describe() {
        return String.join(" ", SENTENCE.substring(1), TOKENS.substring(1), POS.substring(1));
    }

    interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath;"
                        + " is the opennlp-models-*-de dependency missing?");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
