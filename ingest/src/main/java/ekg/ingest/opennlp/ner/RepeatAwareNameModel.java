package ekg.ingest.opennlp.ner;

import ekg.ingest.opennlp.RepeatedContexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model whose name finders ask the model once per distinct context of a token (see
 * {@link RepeatedContexts}): the same names, found with about a third of the model's evaluations.
 * {@code NameFinderME} takes its sequence model from here once, when it is made, so each finder gets
 * a beam search of its own.
 */
final class RepeatAwareNameModel extends TokenNameFinderModel {
    private static final String MODEL_ENTRY = "nameFinder.model";
    private static final long serialVersionUID = 1L;

    RepeatAwareNameModel(InputStream in) throws IOException {
        super(in);
    }

    RepeatAwareNameModel(Path file) throws IOException {
        super(file);
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        Object model = getArtifact(MODEL_ENTRY);
        if (!(model instanceof MaxentModel maxent)) return super.getNameFinderSequenceModel();
        String size = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beam = size == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
        return new BeamSearch(beam, RepeatedContexts.of(maxent));
    }
}
