package ekg.ingest.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LineReaderTest {

    private static List<String> lines(byte[] bytes, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(bytes), max)) {
            LineReader.Line line;
            while ((line = r.next()) != null) {
                out.add(line.number() + ":" + (line.tooLong() ? "TOO LONG " + line.length()
                        : new String(line.bytes(), r.encoding().charset())));
            }
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndKeepsTheLastLineWithoutOne() throws IOException {
        assertEquals(List.of("1:eins", "2:", "3:drei"), lines("eins\n\ndrei".getBytes(StandardCharsets.UTF_8), 100));
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertEquals(List.of(), lines(new byte[0], 100));
    }

    @Test
    void lineOverTheLimitIsMeasuredButNotKept() throws IOException {
        byte[] bytes = ("ok\n" + "x".repeat(200_000) + "\nauch ok\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("1:ok", "2:TOO LONG 200000", "3:auch ok"), lines(bytes, 1000));
    }

    @Test
    void lineExactlyAtTheLimitIsKept() throws IOException {
        assertEquals(List.of("1:abcd"), lines("abcd\n".getBytes(StandardCharsets.UTF_8), 4));
    }

    @Test
    void utf16NewlinesAreTwoBytes() throws IOException {
        byte[] body = "\u0a0a\nzwei".getBytes(StandardCharsets.UTF_16);
        assertEquals(List.of("1:\u0a0a", "2:zwei"), lines(body, 100));
    }

    @Test
    void oddTrailingByteInUtf16StaysInTheLastLine() throws IOException {
        byte[] body = "ab".getBytes(StandardCharsets.UTF_16);
        assertEquals(6, body.length, "BOM and two code units");
        byte[] odd = Arrays.copyOf(body, body.length + 1);
        try (LineReader r = new LineReader(new ByteArrayInputStream(odd), 100)) {
            LineReader.Line line = r.next();
            assertEquals(5, line.bytes().length);
            assertNull(r.next());
        }
    }
}
