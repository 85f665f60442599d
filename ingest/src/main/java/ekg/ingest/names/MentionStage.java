package ekg.ingest.names;

import ekg.ingest.doc.Layer;
import ekg.ingest.pipeline.Stage;

import java.util.Set;

/** A name stage after the model: it reads the tokens and the names found so far, and gives the names anew. */
interface MentionStage extends Stage {

    @Override
    default Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    default Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }
}
