package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;

import java.util.Set;

/**
 * One step of extraction: it reads the layers it requires and returns a new {@link Doc} with the
 * layers it provides. A stage either makes a layer (provides it) or refines one an earlier stage made
 * (requires and provides it, as the name rules do with MENTIONS); it changes no other layer, and the
 * {@link Pipeline} checks all of this. Implementations must be safe to call from several threads at once.
 */
public interface Stage {

    /** A short name for messages and provenance. */
    String name();

    /** The layers this stage reads, including any it refines. */
    Set<Layer> requires();

    /** The layers this stage adds or refines; it changes no others. */
    Set<Layer> provides();

    /** Computes this stage's layers for {@code doc} and returns the document with them attached. */
    Doc process(Doc doc);
}
