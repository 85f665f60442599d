package ekg.ingest.read;

import ekg.ingest.pipeline.FailureHandler;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads articles from files and folders: {@code .txt} (one article, optional metadata prefix, see
 * {@link MetadataPrefix}), {@code .json} (one object) and {@code .jsonl} (one object per line). Folders
 * are walked recursively in sorted order; files with other extensions in them are ignored and counted.
 * Reading is lazy and streaming, so a corpus of any size is never held in memory. Every bad input is
 * reported to the failure handler, naming the file (and line), and reading goes on.
 *
 * <p>Each article's {@link ekg.ingest.doc.Metadata#source()} is its path as given, with {@code :line}
 * for {@code .jsonl}. Its id is the {@code id} field, else the last segment of its {@code url}, else
 * its file name (with {@code -L<line>} for {@code .jsonl}), normalised to {@code [A-Za-z0-9._-]}; a
 * second article with an id already read in the same run is a failure.
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.builder()
 *         .maxBytes(10 * 1024 * 1024)
 *         .failureHandler((input, reason, cause) -> log.warn("{}: {}", input, reason))
 *         .build();
 * try (ArticleBatch batch = reader.open(List.of(Path.of("seeds")))) {
 *     batch.forEachRemaining(article -> pipeline.process(article.toDoc()));
 *     log.info("read {}", batch.counts());
 * }
 * }</pre>
 */
public final class ArticleReader {
    /** The default limit on the size of one article: a whole file, or one {@code .jsonl} line. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    private final int maxBytes;
    private final FailureHandler failureHandler;

    private ArticleReader(Builder b) {
        this.maxBytes = b.maxBytes;
        this.failureHandler = b.failureHandler;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a lazy reading run over {@code inputs} (files or folders), in the order given. */
    public ArticleBatch open(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs == null");
        inputs.forEach(p -> Objects.requireNonNull(p, "inputs contains null"));
        return new ArticleBatch(inputs, maxBytes, failureHandler);
    }

    /** Reads every article in {@code inputs} into {@code sink} and says what was done. */
    public ReadCounts readAll(List<Path> inputs, Consumer<? super Article> sink) {
        Objects.requireNonNull(sink, "sink == null");
        try (ArticleBatch batch = open(inputs)) {
            batch.forEachRemaining(sink);
            return batch.counts();
        }
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Options for an {@link ArticleReader}; by default the limit is 10 MB and failures throw. */
    public static final class Builder {
        private int maxBytes = DEFAULT_MAX_BYTES;
        private FailureHandler failureHandler = FailureHandler.failFast();

        private Builder() {
        }

        /** The largest file ({@code .txt}, {@code .json}) or {@code .jsonl} line read; larger ones are skipped. */
        public Builder maxBytes(int maxBytes) {
            // One more byte than the limit is read to notice a file that grew, so leave room for it.
            if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** Where failures go; {@link FailureHandler#failFast()} unless set. */
        public Builder failureHandler(FailureHandler failureHandler) {
            this.failureHandler = Objects.requireNonNull(failureHandler, "failureHandler == null");
            return this;
        }

        public ArticleReader build() {
            return new ArticleReader(this);
        }
    }
}
