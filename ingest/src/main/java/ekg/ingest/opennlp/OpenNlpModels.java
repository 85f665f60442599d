package ekg.ingest.opennlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The German OpenNLP models from Maven Central (UD German-GSD), loaded once per process on first use:
 * loading all of them takes seconds, so no stage may load its own copy.
 */
public final class OpenNlpModels {
    static final String SENTENCE = "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

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

    public static POSModel pos() {
        return Pos.MODEL;
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
