package ekg.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@code .txt} or {@code .json} file, which holds exactly one article. */
final class WholeFile {

    private WholeFile() {
    }

    /** The article in {@code path}, or the failure that kept it from being read. */
    static Item read(Path path, String source, Format format, int maxBytes, JsonArticles json) {
        String base = Format.baseName(path);
        try {
            String content = content(path, maxBytes);
            Fields fields = format == Format.JSON ? json.parse(content, base, false) : txt(content, base);
            return Item.article(source, fields);
        } catch (ReadProblem p) {
            return Item.failure(source, p);
        }
    }

    private static Fields txt(String content, String base) throws ReadProblem {
        Fields fields = MetadataPrefix.parse(content, base);
        if (fields.text().isEmpty()) throw new ReadProblem("no article text after the metadata prefix");
        return fields;
    }

    /** The decoded text of a file, read only if it is within the limit. */
    static String content(Path path, int maxBytes) throws ReadProblem {
        try {
            long size = Files.size(path);
            if (size > maxBytes) throw tooLarge(size, maxBytes);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                // The file may have grown since its size was taken.
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
            if (bytes.length == 0) throw new ReadProblem("empty file");
            String text = TextDecoding.decodeFile(bytes);
            if (text.isBlank()) throw new ReadProblem("empty file (only whitespace)");
            return text;
        } catch (IOException e) {
            throw ReadProblem.of(e);
        }
    }

    private static ReadProblem tooLarge(long size, int maxBytes) {
        return new ReadProblem("file is " + size + " bytes, larger than the limit of " + maxBytes + " bytes; skipped");
    }
}
