package ekg.ingest.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file extension (case-insensitive). */
enum Format {
    /** One article per file; an optional metadata prefix, then the text. */
    TXT,
    /** One JSON object per file. */
    JSON,
    /** One JSON object per line. */
    JSONL;

    static final String EXPECTED = ".txt, .json or .jsonl";

    static Optional<Format> of(Path file) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String s = name.toString().toLowerCase(Locale.ROOT);
        if (s.endsWith(".txt")) return Optional.of(TXT);
        if (s.endsWith(".jsonl")) return Optional.of(JSONL);
        if (s.endsWith(".json")) return Optional.of(JSON);
        return Optional.empty();
    }

    /** The file name without its extension, the id of last resort. */
    static String baseName(Path file) {
        String s = file.getFileName().toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
