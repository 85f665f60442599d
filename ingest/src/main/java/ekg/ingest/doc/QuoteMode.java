package ekg.ingest.doc;

/** How a quote reproduces what was said. */
public enum QuoteMode {
    /** A whole utterance in quote marks. */
    DIRECT,
    /** A few quoted words inside the writer's own sentence. */
    PARTIAL,
    /** Reported speech without quote marks: a clause of what was said (dass …, er sei …). */
    INDIRECT,
    /** A speech act whose content is a noun phrase: "Sie kritisierte den Plan". */
    REPORTED;

    /** Whether the quote gives the words as said (DIRECT or PARTIAL), in quote marks or after a colon frame. */
    public boolean verbatim() {
        return this == DIRECT || this == PARTIAL;
    }
}
