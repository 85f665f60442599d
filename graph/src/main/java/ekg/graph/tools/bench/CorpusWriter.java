package ekg.graph.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated corpus as JSON Lines files of {@value #PER_FILE} articles each, one article at a
 * time, so that memory stays the same for a thousand articles or a million.
 *
 * <pre>{@code
 * new CorpusWriter(generator).write(10_000, Path.of("corpus-10k"));
 * }</pre>
 */
public final class CorpusWriter {
    static final int PER_FILE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CorpusGenerator generator;

    public CorpusWriter(CorpusGenerator generator) {
        this.generator = generator;
    }

    /** Writes articles 0 to n-1 into {@code dir} and returns the number of files written. */
    public int write(long n, Path dir) {
        try {
            Files.createDirectories(dir);
            int files = 0;
            for (long first = 0; first < n; first += PER_FILE, files++) {
                Path file = dir.resolve(String.format(Locale.ROOT, "corpus-%05d.jsonl", files));
                writeFile(file, first, Math.min(n, first + PER_FILE));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + dir + ": " + e.getMessage(), e);
        }
    }

    private void writeFile(Path file, long from, long to) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = from; i < to; i++) {
                out.write(JSON.writeValueAsString(generator.article(i)));
                out.write('\n');
            }
        }
    }
}
