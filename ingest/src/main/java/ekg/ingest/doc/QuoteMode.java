package ekg.ingest.doc;

/** How a quote reproduces what was said. */
public enum QuoteMode {
    /** A whole utterance in quote marks. */
    DIRECT,
    /** A few quoted words inside the writer's own sentence. */
    PARTIAL,
    /** Reported speech without quote marks. */
    INDIRECT
}
