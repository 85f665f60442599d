package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;

import java.util.Set;

/**
 * One step of extraction: it reads the layers it requires and returns a new {@link Doc} with the
 * layers it provides. Implementations must be safe to call from several threads at once.
 */
public interface Stage {

    /** A short name for messages and provenance. */
    String name();

    /** The layers this stage reads. */
    Set<Layer> requires();

    /** The layers this stage adds. */
    Set<Layer> provides();

    /** Computes this stage's layers for {@code doc} and returns the document with them attached. */
    Doc process(Doc doc);
}
