package ekg.spark;

import ekg.graph.build.Guard;
import ekg.graph.cli.ArticleOptions;
import ekg.ingest.read.ArticleReader;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction settings the driver hands to every executor, the same as {@code ekg build}'s options.
 *
 * @param maxBytes       largest article (a whole file, or one {@code .jsonl} line)
 * @param maxToken       longest run of characters without a space an article may have
 * @param timeoutSeconds how long one article's extraction may take; 0: no limit
 * @param anyLanguage    extract every article as German, whatever the language detector says
 * @param kbFiles        the text of the user's knowledge base files ({@code --kb}), read on the driver:
 *                       executors on other machines cannot read the driver's files
 */
public record JobSettings(int maxBytes, int maxToken, long timeoutSeconds, boolean anyLanguage,
                          List<String> kbFiles) implements Serializable {

    public JobSettings {
        kbFiles = List.copyOf(kbFiles);
    }

    public static JobSettings defaults() {
        return new JobSettings(ArticleReader.DEFAULT_MAX_BYTES, Guard.DEFAULT_MAX_TOKEN,
                Guard.DEFAULT_TIMEOUT.toSeconds(), false, List.of());
    }

    /** The settings of a command line's article options, the knowledge base files read here. */
    public static JobSettings of(ArticleOptions o) {
        List<String> kb = new ArrayList<>();
        for (Path p : o.kbFiles()) {
            try {
                kb.add(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge base file " + p + ": " + e.getMessage(), e);
            }
        }
        return new JobSettings(o.maxBytes(), o.maxToken(), o.timeoutSeconds(), o.anyLanguage(), kb);
    }

    Guard guard() {
        return new Guard(maxToken, Duration.ofSeconds(timeoutSeconds));
    }
}
