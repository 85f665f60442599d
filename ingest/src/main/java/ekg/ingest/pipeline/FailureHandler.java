package ekg.ingest.pipeline;

/**
 * Where every per-input failure goes (unreadable file, bad JSON line, a stage that throws, an article
 * too long or too slow), so the policy is set once by whoever runs the batch, as with Jena's
 * {@code ErrorHandler}: fail fast in tests, skip and report at night ({@link OnError}).
 *
 * <pre>{@code
 * FailureHandler h = OnError.FAIL.around((input, reason, cause) -> log.warn("{}: {}", input, reason));
 * }</pre>
 */
public interface FailureHandler {

    /** Called once per failed input; {@code input} names the file (and line), {@code reason} says why. */
    void failed(String input, String reason, Throwable cause);

    /** Throws on the first failure. */
    static FailureHandler failFast() {
        return OnError.FAIL.around((input, reason, cause) -> { });
    }

    /** What a batch does when one input fails. */
    enum OnError {
        /** Report the input and go on with the rest: what a nightly run wants. */
        SKIP,
        /** Report the input and stop the batch with a {@link BatchStopped}: what a test wants. */
        FAIL;

        /** {@code report} under this policy: it is told of every failure, and under FAIL the batch then stops. */
        public FailureHandler around(FailureHandler report) {
            if (this == SKIP) return report;
            return (input, reason, cause) -> {
                report.failed(input, reason, cause);
                throw new BatchStopped(input + ": " + reason, cause);
            };
        }
    }

    /** Thrown to stop a batch at its first failure; the message names the input and the reason. */
    final class BatchStopped extends IllegalStateException {
        public BatchStopped(String message, Throwable cause) {
            super("stopped at the first failure (--on-error fail): " + message, cause);
        }
    }
}
