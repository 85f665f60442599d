package ekg.spark;

import java.io.Reader;
import java.util.Iterator;

/**
 * Lines read as one text, each ended by a line break, without copying them into one string first: a
 * linking group can hold hundreds of thousands of N-Quads lines.
 */
final class LinesReader extends Reader {
    private final Iterator<String> lines;
    private String line;
    private int pos;

    LinesReader(Iterator<String> lines) {
        this.lines = lines;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            if (line == null) {
                if (!lines.hasNext()) break;
                line = lines.next();
                pos = 0;
            }
            if (pos == line.length()) {
                buf[off + n++] = '\n';
                line = null;
                continue;
            }
            int k = Math.min(len - n, line.length() - pos);
            line.getChars(pos, pos + k, buf, off + n);
            pos += k;
            n += k;
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() {
        line = null;
    }
}
