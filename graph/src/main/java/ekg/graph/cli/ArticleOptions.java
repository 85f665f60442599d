package ekg.graph.cli;

import ekg.graph.build.Guard;
import ekg.graph.rdf.Provenance;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.ArticleReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How each article is read and extracted, and what a failed one does to the run: the options every
 * command that extracts shares, {@code ekg spark-build} included, so that all of them extract alike.
 *
 * <pre>{@code
 * @Mixin ArticleOptions articles;   // then articles.knowledgeBase(), articles.guard(), articles.onError()
 * }</pre>
 */
public class ArticleOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest article accepted, in bytes (default: 10485760, 10 MB).")
    void maxBytes(int n) {
        if (n < 1) throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1, not " + n);
        maxBytes = n;
    }

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "skip",
            description = "When an article fails: skip (report it and go on with the rest) or fail (stop at the first) (default: ${DEFAULT-VALUE}).")
    FailureHandler.OnError onError;

    int maxToken = Guard.DEFAULT_MAX_TOKEN;

    long timeoutSeconds = Guard.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-token", paramLabel = "N",
            description = "Refuse an article with a run of more than N characters without a space, which would stall the tokenizer (default: 1000).")
    void maxToken(int n) {
        if (n < 1) throw new ParameterException(spec.commandLine(), "--max-token must be at least 1, not " + n);
        maxToken = n;
    }

    @Option(names = "--article-timeout", paramLabel = "SECONDS",
            description = "Abandon an article whose extraction takes longer; 0: no limit (default: 300).")
    void timeoutSeconds(long s) {
        if (s < 0) throw new ParameterException(spec.commandLine(), "--article-timeout must not be negative, not " + s);
        timeoutSeconds = s;
    }

    @Option(names = "--force-language",
            description = "Extract every article as German; by default an article the language detector finds in another language is stored unextracted, its language recorded.")
    boolean anyLanguage;

    @Option(names = "--kb", paramLabel = "FILE",
            description = "A knowledge base file of your own (JSON Lines, see README), read after the built-in one; repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    private KnowledgeBase kb;

    public int maxBytes() {
        return maxBytes;
    }

    public int maxToken() {
        return maxToken;
    }

    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    public boolean anyLanguage() {
        return anyLanguage;
    }

    public FailureHandler.OnError onError() {
        return onError;
    }

    /** The user's knowledge base files, each checked to exist. */
    public List<Path> kbFiles() {
        for (Path p : kbFiles) {
            if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no knowledge base file " + p);
        }
        return List.copyOf(kbFiles);
    }

    /** The built-in knowledge base and the user's files after it. */
    public KnowledgeBase knowledgeBase() {
        if (kb == null) {
            List<Path> files = kbFiles();
            kb = files.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.load(files);
        }
        return kb;
    }

    public Provenance provenance() {
        return Provenance.of(knowledgeBase());
    }

    public Guard guard() {
        return new Guard(maxToken, Duration.ofSeconds(timeoutSeconds));
    }
}
