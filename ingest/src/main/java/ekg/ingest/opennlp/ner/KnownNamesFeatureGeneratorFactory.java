package ekg.ingest.opennlp.ner;

import ekg.ingest.names.Gazetteer;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The OpenNLP feature generator for {@link KnownNames}, named in a feature descriptor as
 * {@code <generator class="ekg.ingest.opennlp.ner.KnownNamesFeatureGeneratorFactory"><str name="names">
 * ekg-known-names.txt</str></generator>}; the names come from the model's artifact of that name.
 */
public final class KnownNamesFeatureGeneratorFactory extends ArtifactFeatureGeneratorFactory {
    /** The artifact name the project's descriptors use. */
    public static final String ARTIFACT = "ekg-known-names.txt";

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new Generator(artifact("names", KnownNames.class, "known-names").gazetteer());
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("names"), new KnownNames.Serializer());
    }

    // One sentence's matches are kept between calls: OpenNLP asks for each token of a sentence in turn.
    private static final class Generator implements AdaptiveFeatureGenerator {
        private final Gazetteer gazetteer;
        private String[] sentence;
        private List<Gazetteer.Match> matches;

        Generator(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                sentence = tokens;
                matches = gazetteer.find(Arrays.asList(tokens));
            }
            KnownNames.features(matches, index, features);
        }
    }
}
