package ekg.ingest.read;

import ekg.ingest.pipeline.FailureHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write input files, read them with a collecting failure handler. */
final class Reading {

    record Failure(String input, String reason, Throwable cause) {
    }

    /** Everything one run produced. */
    record Result(List<Article> articles, List<Failure> failures, ReadCounts counts) {
        List<String> ids() {
            return articles.stream().map(Article::id).toList();
        }

        List<String> sources() {
            return articles.stream().map(a -> a.metadata().source()).toList();
        }

        Article only() {
            if (articles.size() != 1) throw new AssertionError("expected one article, got " + ids() + " " + failures);
            return articles.get(0);
        }

        Failure onlyFailure() {
            if (failures.size() != 1) throw new AssertionError("expected one failure, got " + failures);
            return failures.get(0);
        }
    }

    private Reading() {
    }

    static Result read(int maxBytes, Path... inputs) {
        List<Failure> failures = new ArrayList<>();
        FailureHandler handler = (input, reason, cause) -> failures.add(new Failure(input, reason, cause));
        ArticleReader reader = ArticleReader.builder().maxBytes(maxBytes).failureHandler(handler).build();
        List<Article> articles = new ArrayList<>();
        ReadCounts counts = reader.readAll(List.of(inputs), articles::add);
        return new Result(articles, failures, counts);
    }

    static Result read(Path... inputs) {
        return read(ArticleReader.DEFAULT_MAX_BYTES, inputs);
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source name the reader gives a path (normalised, with '/'). */
    static String name(Path p) {
        return p.normalize().toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
