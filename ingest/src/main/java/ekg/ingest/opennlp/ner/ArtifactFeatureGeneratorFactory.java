package ekg.ingest.opennlp.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * An OpenNLP feature generator factory whose data is an artifact of the model, named by a parameter of
 * its descriptor entry: ekg's name lists travel inside the model, so a model keeps the lists it was
 * trained with.
 */
abstract class ArtifactFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** The model's artifact named by descriptor parameter {@code param}, which must be a {@code type}. */
    protected <T> T artifact(String param, Class<T> type, String what) throws InvalidFormatException {
        String name = getStr(param);
        Object found = resourceManager == null ? null : resourceManager.getResource(name);
        if (!type.isInstance(found)) {
            throw new InvalidFormatException("feature generator needs the " + what + " resource '" + name + "'");
        }
        return type.cast(found);
    }
}
