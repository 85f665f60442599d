package ekg.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text strictly: UTF-8 (a byte-order mark is skipped), or UTF-16 when a byte-order
 * mark says so. Malformed input is never replaced silently, and binary content is named as such.
 */
final class TextDecoding {

    /** An encoding as recognised from the first bytes: its charset, BOM length and code unit width. */
    record Encoding(Charset charset, int bomLength, int unit, boolean bigEndian) {
    }

    static final Encoding UTF8 = new Encoding(StandardCharsets.UTF_8, 0, 1, false);
    private static final Encoding UTF8_BOM = new Encoding(StandardCharsets.UTF_8, 3, 1, false);
    private static final Encoding UTF16LE = new Encoding(StandardCharsets.UTF_16LE, 2, 2, false);
    private static final Encoding UTF16BE = new Encoding(StandardCharsets.UTF_16BE, 2, 2, true);

    // Real prose has next to no control characters; a tenth is far beyond any text we expect.
    private static final double CONTROL_LIMIT = 0.10;
    private static final int SAMPLE = 1 << 16;

    private TextDecoding() {
    }

    /** The encoding the first {@code len} bytes of {@code b} announce; UTF-8 when there is no BOM. */
    static Encoding sniff(byte[] b, int len) {
        if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return UTF8_BOM;
        if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return UTF16LE;
        if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return UTF16BE;
        return UTF8;
    }

    /** The text of a whole file's bytes, its encoding sniffed from its start. */
    static String decodeFile(byte[] b) throws ReadProblem {
        Encoding e = sniff(b, b.length);
        return decode(b, e.bomLength(), b.length - e.bomLength(), e.charset());
    }

    /** The text of {@code len} bytes from {@code off}; fails on binary content or malformed input. */
    static String decode(byte[] b, int off, int len, Charset charset) throws ReadProblem {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        // In UTF-8 a NUL byte is a NUL character, which no article contains; UTF-16 is full of NUL bytes.
        if (utf8 && indexOf(b, off, len, (byte) 0) >= 0) throw ReadProblem.binary("NUL bytes");
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) throw malformed(b, off, len, in.position() - off, charset, utf8);
        String text = out.flip().toString();
        if (text.indexOf('\0') >= 0) throw ReadProblem.binary("NUL characters");
        if (controlShare(text) > CONTROL_LIMIT) throw ReadProblem.binary("mostly control characters");
        return text;
    }

    private static ReadProblem malformed(byte[] b, int off, int len, int at, Charset charset, boolean utf8) {
        if (utf8 && controlByteShare(b, off, len) > CONTROL_LIMIT) {
            return ReadProblem.binary("mostly control bytes");
        }
        String what = utf8 ? "not UTF-8 text" : "not valid " + charset.name() + " text";
        return new ReadProblem(what + " (malformed byte sequence at byte " + at + ")");
    }

    private static int indexOf(byte[] b, int off, int len, byte x) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == x) return i;
        }
        return -1;
    }

    private static double controlShare(String s) {
        int n = Math.min(s.length(), SAMPLE);
        if (n == 0) return 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            if (isControl(s.charAt(i))) control++;
        }
        return (double) control / n;
    }

    private static double controlByteShare(byte[] b, int off, int len) {
        int n = Math.min(len, SAMPLE);
        if (n == 0) return 0;
        int control = 0;
        for (int i = off; i < off + n; i++) {
            if (b[i] >= 0 && isControl((char) b[i])) control++;
        }
        return (double) control / n;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
}
