package ekg.ingest.pipeline;

/**
 * Where every per-input failure goes (unreadable file, bad JSON line, a stage that throws), so the
 * policy is set once by whoever runs the batch: fail fast in tests, skip and report at night.
 */
public interface FailureHandler {

    /** Called once per failed input; {@code input} names the file (and line), {@code reason} says why. */
    void failed(String input, String reason, Throwable cause);

    /** Throws on the first failure. */
    static FailureHandler failFast() {
        return (input, reason, cause) -> {
            throw new IllegalStateException(input + ": " + reason, cause);
        };
    }
}
