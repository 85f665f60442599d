package ekg.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static ekg.ingest.read.Reading.name;
import static ekg.ingest.read.Reading.read;
import static ekg.ingest.read.Reading.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Each bad input gives exactly one failure naming it, and the good inputs around it are still read. */
class BadInputTest {
    @TempDir
    Path dir;

    /** Reads good, bad, good; checks the failure names {@code input} and its reason contains {@code reason}. */
    private Reading.Result between(Path bad, String input, String reason) {
        return between(ArticleReader.DEFAULT_MAX_BYTES, bad, input, reason);
    }

    private Reading.Result between(int maxBytes, Path bad, String input, String reason) {
        Path before = write(dir, "before.txt", "Davor.");
        Path after = write(dir, "after.json", "{\"text\": \"Danach.\"}");
        Reading.Result r = Reading.read(maxBytes, before, bad, after);
        Reading.Failure f = r.onlyFailure();
        assertEquals(input, f.input());
        assertTrue(f.reason().contains(reason), "reason was: " + f.reason());
        assertEquals(List.of("before", "after"), r.ids());
        assertEquals(1, r.counts().failures());
        return r;
    }

    @Test
    void missingFile() {
        Path bad = dir.resolve("nope.txt");
        between(bad, name(bad), "file not found");
    }

    @Test
    void unreadableFile() throws IOException {
        Path bad = write(dir, "secret.txt", "Geheim.");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(bad), "running as a user who can read anything");
        between(bad, name(bad), "permission denied");
    }

    @Test
    void aFifoNamedLikeAnArticleIsSkippedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> between(fifo, name(fifo), "not a regular file"));
        write(dir, "in/a.txt", "Ah.");
        Files.move(fifo, dir.resolve("in/b.txt"));
        Reading.Result inFolder = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(dir.resolve("in")));
        assertEquals(List.of("a"), inFolder.ids());
        assertTrue(inFolder.onlyFailure().reason().contains("not a regular file"), inFolder.onlyFailure().reason());
    }

    @Test
    void aGoldFileBesideTheArticlesIsNoArticle() {
        write(dir, "in/a.txt", "Ah.");
        write(dir, "in/gold.json", "{\"articles\": []}");
        Reading.Result r = read(dir.resolve("in"));
        assertEquals(List.of("a"), r.ids());
        assertEquals(0, r.counts().failures());
    }

    @Test
    void unreadableEntryInAFolder() throws IOException {
        // A link to a folder, named like an article, is not followed and cannot be read as a file.
        Files.createDirectories(dir.resolve("in/real"));
        Files.createSymbolicLink(dir.resolve("in/link.txt"), dir.resolve("in/real"));
        write(dir, "in/z.txt", "Zett.");
        Reading.Result r = read(dir.resolve("in"));
        assertEquals(List.of("z"), r.ids());
        assertEquals(name(dir) + "/in/link.txt", r.onlyFailure().input());
        assertTrue(r.onlyFailure().reason().startsWith("cannot read file"), r.onlyFailure().reason());
    }

    @Test
    void emptyFile() {
        Path bad = write(dir, "empty.txt", "");
        assertEquals("empty file", between(bad, name(bad), "empty file").onlyFailure().reason());
    }

    @Test
    void whitespaceOnlyFile() {
        Path bad = write(dir, "blank.json", " \n\t\n");
        between(bad, name(bad), "empty file");
    }

    @Test
    void binaryWithNulBytes() {
        Path bad = write(dir, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        between(bad, name(bad), "binary content");
    }

    @Test
    void mostlyControlCharacters() {
        Path bad = write(dir, "ctrl.txt", "a\u0001\u0002\u0003b\u0004\u0005\u0006c\u0007\u0008");
        between(bad, name(bad), "binary content");
    }

    @Test
    void latin1IsNotUtf8() {
        Path bad = write(dir, "latin1.txt", "Gr\u00fc\u00dfe aus M\u00fcnchen.".getBytes(StandardCharsets.ISO_8859_1));
        between(bad, name(bad), "not UTF-8 text");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] text = "Grüße.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("Grüße.", read(write(dir, "bom.txt", withBom)).only().text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] leBom = {(byte) 0xFF, (byte) 0xFE};
        Path le = write(dir, "le.txt", concat(leBom, "date 2024 Grüße.".getBytes(StandardCharsets.UTF_16LE)));
        // Java's UTF_16 encoder writes big-endian with a byte-order mark.
        Path be = write(dir, "be.json", "{\"text\": \"Grüße.\"}".getBytes(StandardCharsets.UTF_16));
        Reading.Result r = read(le, be);
        assertEquals(List.of("Grüße.", "Grüße."), r.articles().stream().map(Article::text).toList());
        assertEquals("2024", r.articles().get(0).metadata().published().orElseThrow());
    }

    @Test
    void utf16JsonLinesAreDecoded() {
        byte[] body = "{\"text\": \"Eins.\"}\n{\"text\": \"Zwei.\"}\n".getBytes(StandardCharsets.UTF_16LE);
        Path f = write(dir, "feed.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));
        assertEquals(List.of("feed-L1", "feed-L2"), read(f).ids());
    }

    @Test
    void fileOverTheLimit() {
        Path bad = write(dir, "big.txt", "x".repeat(101));
        between(100, bad, name(bad), "larger than the limit of 100 bytes");
    }

    @Test
    void jsonLineOverTheLimitIsSkippedAndTheRestRead() {
        String big = "{\"text\": \"" + "x".repeat(200) + "\"}";
        Path f = write(dir, "feed.jsonl", "{\"text\": \"Eins.\"}\n" + big + "\n{\"text\": \"Drei.\"}\n");
        Reading.Result r = Reading.read(100, f);
        assertEquals(List.of("feed-L1", "feed-L3"), r.ids());
        assertEquals(name(f) + ":2", r.onlyFailure().input());
        assertTrue(r.onlyFailure().reason().contains("longer than the limit of 100 bytes"), r.onlyFailure().reason());
    }

    @Test
    void malformedJsonFileSaysWhere() {
        Path bad = write(dir, "bad.json", "{\n  \"text\": \"Text\",\n  \"title\" \"ohne Doppelpunkt\"\n}");
        String reason = between(bad, name(bad), "malformed JSON at line 3, column ").onlyFailure().reason();
        assertTrue(reason.matches("malformed JSON at line 3, column \\d+: .+"), reason);
    }

    @Test
    void trailingContentAfterTheObjectIsMalformed() {
        Path bad = write(dir, "two.json", "{\"text\": \"A\"} {\"text\": \"B\"}");
        between(bad, name(bad), "malformed JSON");
    }

    @Test
    void malformedJsonLineIsReportedWithItsLineAndTheRestGoesOn() {
        Path f = write(dir, "feed.jsonl", "{\"text\": \"Eins.\"}\n{\"text\": \"Zwei.\"\n\n{\"text\": \"Vier.\"}\n");
        Reading.Result r = read(f);
        assertEquals(List.of("feed-L1", "feed-L4"), r.ids());
        assertEquals(name(f) + ":2", r.onlyFailure().input());
        assertTrue(r.onlyFailure().reason().startsWith("malformed JSON at column "), r.onlyFailure().reason());
    }

    @Test
    void jsonThatIsNotAnObject() {
        Path bad = write(dir, "list.json", "[{\"text\": \"A\"}]");
        between(bad, name(bad), "JSON is an array, not an object");
    }

    @Test
    void jsonWithoutText() {
        Path bad = write(dir, "notext.json", "{\"title\": \"Nur Titel\"}");
        between(bad, name(bad), "no string field \"text\"");
    }

    @Test
    void jsonWithNonStringText() {
        Path bad = write(dir, "numtext.json", "{\"text\": 42}");
        between(bad, name(bad), "field \"text\" is a number, not a string");
    }

    @Test
    void jsonWithEmptyText() {
        Path bad = write(dir, "emptytext.json", "{\"text\": \"  \"}");
        between(bad, name(bad), "field \"text\" is empty");
    }

    @Test
    void jsonWithBadDate() {
        Path bad = write(dir, "date.json", "{\"text\": \"T.\", \"published\": \"18.06.2024\"}");
        between(bad, name(bad), "field \"published\" is not a date");
    }

    @Test
    void jsonLineThatIsNotUtf8() {
        byte[] latin = "{\"text\": \"M\u00fcnchen\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = "{\"text\": \"Gut.\"}\n".getBytes(StandardCharsets.UTF_8);
        Path f = write(dir, "mixed.jsonl", concat(good, latin, good));
        Reading.Result r = read(f);
        assertEquals(List.of("mixed-L1", "mixed-L3"), r.ids());
        assertEquals(name(f) + ":2", r.onlyFailure().input());
        assertTrue(r.onlyFailure().reason().startsWith("not UTF-8 text"), r.onlyFailure().reason());
    }

    @Test
    void binaryJsonLinesFileIsOneFailure() {
        Path bad = write(dir, "feed.jsonl", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, '\n', 0, 1, '\n', 0, 2, '\n'});
        between(bad, name(bad), "binary content");
    }

    @Test
    void emptyJsonLinesFile() {
        Path bad = write(dir, "none.jsonl", "\n\n");
        between(bad, name(bad), "empty file");
    }

    @Test
    void unknownExtensionGivenExplicitly() {
        Path bad = write(dir, "article.md", "# Titel");
        between(bad, name(bad), "unknown file type (expected .txt, .json or .jsonl)");
    }

    @Test
    void unknownExtensionInsideAFolderIsIgnoredAndCounted() {
        write(dir, "in/a.txt", "A.");
        write(dir, "in/b.md", "B.");
        write(dir, "in/c.TXT", "C.");
        Reading.Result r = read(dir.resolve("in"));
        assertEquals(List.of("a", "c"), r.ids());
        assertEquals(new ReadCounts(2, 2, 0, 1), r.counts());
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
