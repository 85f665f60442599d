package ekg.graph.store;

/** The database cannot be opened or written; the message names the folder. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
