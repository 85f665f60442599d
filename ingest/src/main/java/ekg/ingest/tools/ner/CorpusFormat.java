package ekg.ingest.tools.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The annotated-corpus layouts the name-finder trainer reads. */
public enum CorpusFormat {
    /** GermEval 2014: a {@code #} line per sentence, then {@code idx TAB token TAB outer TAB inner}. */
    GERMEVAL,
    /** CoNLL-style {@code token TAB label}, a blank line between sentences. */
    BIO;

    /** Parses {@code germeval}, or {@code bio} / {@code conll} (the same layout), in any case. */
    public static CorpusFormat parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(n.equals("CONLL") ? "BIO" : n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown corpus format '" + name + "': use germeval, conll or bio", e);
        }
    }

    /** Guesses the format from the first non-blank line: GermEval opens with a comment or a numbered 4-column row. */
    public static CorpusFormat detect(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    return looksLikeGermEval(line) ? GERMEVAL : BIO;
                }
            }
        }
        return BIO;
    }

    static boolean looksLikeGermEval(String line) {
        if (line.startsWith("#")) return true;
        String[] f = line.split("\t", -1);
        return f.length == 4 && !f[0].isEmpty() && f[0].chars().allMatch(Character::isDigit);
    }
}
