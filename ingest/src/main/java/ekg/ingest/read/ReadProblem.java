package ekg.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Why one input (a file, or a line of a {@code .jsonl} file) could not become an article. Checked, so
 * that every reading step must either pass it up or report it; the message is the reason shown to the
 * failure handler.
 */
final class ReadProblem extends Exception {
    private final boolean binary;

    ReadProblem(String reason) {
        this(reason, null, false);
    }

    ReadProblem(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private ReadProblem(String reason, Throwable cause, boolean binary) {
        super(reason, cause);
        this.binary = binary;
    }

    /** Content that is not text at all, as opposed to text with a flaw. */
    static ReadProblem binary(String detail) {
        return new ReadProblem("binary content (" + detail + ")", null, true);
    }

    /** The problem an I/O error means for the file being read. */
    static ReadProblem of(IOException e) {
        if (e instanceof NoSuchFileException) return new ReadProblem("file not found", e);
        if (e instanceof AccessDeniedException) return new ReadProblem("cannot read file (permission denied)", e);
        return new ReadProblem("cannot read file: " + e, e);
    }

    boolean isBinary() {
        return binary;
    }
}
