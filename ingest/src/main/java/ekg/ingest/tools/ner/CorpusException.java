package ekg.ingest.tools.ner;

import java.io.IOException;

/** A corpus file could not be read as annotated text; the message names the file and the line. */
public final class CorpusException extends IOException {
    private final String source;
    private final int line;

    public CorpusException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() { return source; }
    public int line() { return line; }
}
