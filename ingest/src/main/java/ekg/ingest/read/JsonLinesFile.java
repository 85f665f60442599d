package ekg.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a {@code .jsonl} file line by line, one article per non-blank line. A bad line becomes a failure
 * named {@code path:line} and reading goes on with the next line; only the current line is in memory.
 */
final class JsonLinesFile implements Iterator<Item>, Closeable {
    private final Path path;
    private final String source;
    private final int maxBytes;
    private final JsonArticles json;
    private final String base;
    private LineReader lines;
    private long lastLine;
    private boolean anyLine;
    private boolean done;
    private Item pending;

    JsonLinesFile(Path path, String source, int maxBytes, JsonArticles json) {
        this.path = path;
        this.source = source;
        this.maxBytes = maxBytes;
        this.json = json;
        this.base = Format.baseName(path);
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) pending = advance();
        return pending != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        Item item = pending;
        pending = null;
        return item;
    }

    private Item advance() {
        try {
            if (lines == null) lines = new LineReader(Files.newInputStream(path), maxBytes);
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                lastLine = line.number();
                Item item = item(line);
                if (item != null) return item;
            }
            return finish(anyLine ? null : Item.failure(source, "empty file (no JSON lines)", null));
        } catch (IOException e) {
            ReadProblem p = ReadProblem.of(e);
            String where = lastLine == 0 ? "" : " (after line " + lastLine + ")";
            return finish(Item.failure(source, p.getMessage() + where, e));
        }
    }

    /** The item for one line, or null for a blank line. */
    private Item item(LineReader.Line line) {
        String name = source + ":" + line.number();
        boolean first = !anyLine;
        anyLine = true;
        if (line.tooLong()) {
            return Item.failure(name, "line is " + line.length() + " bytes, longer than the limit of "
                    + maxBytes + " bytes; skipped", null);
        }
        try {
            String text = TextDecoding.decode(line.bytes(), 0, line.bytes().length, lines.encoding().charset());
            if (text.isBlank()) {
                anyLine = !first;
                return null;
            }
            return Item.article(name, json.parse(text, base + "-L" + line.number(), true));
        } catch (ReadProblem p) {
            // A binary file (say, a compressed feed) would otherwise give one failure per "line".
            if (first && p.isBinary()) return finish(Item.failure(source, p.getMessage() + "; file skipped", null));
            return Item.failure(name, p);
        }
    }

    private Item finish(Item last) {
        done = true;
        close();
        return last;
    }

    @Override
    public void close() {
        if (lines == null) return;
        try {
            lines.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a file only read loses nothing.
        }
    }
}
