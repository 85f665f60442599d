package ekg.spark;

import ekg.graph.build.Guard;
import ekg.ingest.read.ArticleReader;

import java.io.Serializable;
import java.time.Duration;

/**
 * The extraction settings the driver hands to every executor, the same as {@code ekg build}'s options.
 *
 * @param maxBytes       largest article (a whole file, or one {@code .jsonl} line)
 * @param maxToken       longest run of characters without a space an article may have
 * @param timeoutSeconds how long one article's extraction may take; 0: no limit
 * @param anyLanguage    extract every article as German, whatever the language detector says
 */
public record JobSettings(int maxBytes, int maxToken, long timeoutSeconds, boolean anyLanguage) implements Serializable {

    public static JobSettings defaults() {
        return new JobSettings(ArticleReader.DEFAULT_MAX_BYTES, Guard.DEFAULT_MAX_TOKEN,
                Guard.DEFAULT_TIMEOUT.toSeconds(), false);
    }

    Guard guard() {
        return new Guard(maxToken, Duration.ofSeconds(timeoutSeconds));
    }
}
