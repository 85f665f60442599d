package ekg.ingest.pipeline;

/** A stage failed on one document; the message names both. */
public final class StageException extends RuntimeException {
    private final String stage;
    private final String docId;

    public StageException(String stage, String docId, Throwable cause) {
        super("stage '" + stage + "' failed on " + docId + ": " + cause, cause);
        this.stage = stage;
        this.docId = docId;
    }

    public String stage() { return stage; }
    public String docId() { return docId; }
}
