package ekg.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that a bad line costs only that line and a
 * line over the limit is skipped without being held in memory. Understands UTF-8 and, after a byte-order
 * mark, UTF-16 (where a newline is two bytes).
 */
final class LineReader implements Closeable {

    /** One line's bytes, without its newline; {@code bytes} is null when the line was over the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private long number;
    private byte[] line = new byte[1 << 10];
    private final TextDecoding.Encoding encoding;

    LineReader(InputStream in, int maxLineBytes) throws IOException {
        this.in = in;
        this.max = maxLineBytes;
        fill(3);
        this.encoding = TextDecoding.sniff(buf, Math.min(end, 3));
        pos = encoding.bomLength();
    }

    TextDecoding.Encoding encoding() {
        return encoding;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int unit = encoding.unit();
        if (!fill(1)) return null;
        number++;
        int len = 0;
        long total = 0;
        boolean over = false;
        while (fill(unit)) {
            if (isNewline()) {
                pos += unit;
                break;
            }
            if (len + unit > max) over = true;
            if (!over) len = append(len, unit);
            total += unit;
            pos += unit;
        }
        // An odd trailing byte in UTF-16 stays in the line, so that decoding reports it.
        if (eof && pos < end) {
            total += end - pos;
            if (!over && len + end - pos <= max) len = append(len, end - pos);
            else over = true;
            pos = end;
        }
        return new Line(number, over ? null : Arrays.copyOf(line, len), total);
    }

    private boolean isNewline() {
        if (encoding.unit() == 1) return buf[pos] == '\n';
        return encoding.bigEndian() ? buf[pos] == 0 && buf[pos + 1] == '\n'
                : buf[pos] == '\n' && buf[pos + 1] == 0;
    }

    private int append(int len, int n) {
        if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, Math.min(max, line.length * 2)));
        System.arraycopy(buf, pos, line, len, n);
        return len + n;
    }

    /** Makes at least {@code n} bytes available from {@code pos}; false if the stream ends first. */
    private boolean fill(int n) throws IOException {
        if (end - pos >= n) return true;
        if (eof) return false;
        System.arraycopy(buf, pos, buf, 0, end - pos);
        end -= pos;
        pos = 0;
        while (end < n) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
                return false;
            }
            end += r;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
