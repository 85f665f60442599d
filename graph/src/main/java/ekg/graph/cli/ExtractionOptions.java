package ekg.graph.cli;

import ekg.graph.build.BuildJob;
import ekg.graph.build.BuildReport;
import ekg.graph.build.Extractor;
import ekg.graph.build.Guard;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.DocToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.graph.store.EkgStore;
import ekg.ingest.GermanPipeline;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.ArticleBatch;
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
 * The options of every command that extracts articles (build, rebuild, eval, extract), and what they
 * set up, so that all of them extract exactly alike.
 */
final class ExtractionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int threads = Runtime.getRuntime().availableProcessors();

    int maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    // Checked as the command line is parsed, so that a bad value fails before any model loads or folder is made.
    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    void threads(int n) {
        if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
        threads = n;
    }

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

    KnowledgeBase knowledgeBase() {
        if (kb == null) {
            for (Path p : kbFiles) {
                if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no knowledge base file " + p);
            }
            kb = kbFiles.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.load(kbFiles);
        }
        return kb;
    }

    Provenance provenance() {
        return new Provenance(Provenance.ekgVersion(), GermanPipeline.models() + " kb:" + knowledgeBase().fingerprint());
    }

    Extractor extractor() {
        System.err.println("ekg: loading models ...");
        return new Extractor(GermanPipeline.create(knowledgeBase()), new DocToRdf(Iris.DEFAULT, provenance()), guard(),
                anyLanguage);
    }

    Guard guard() {
        return new Guard(maxToken, Duration.ofSeconds(timeoutSeconds));
    }

    SharedGraphs sharedGraphs() {
        return new SharedGraphs(Iris.DEFAULT, knowledgeBase());
    }

    ArticleReader reader(FailureHandler failures) {
        return ArticleReader.builder().maxBytes(maxBytes).failureHandler(failures).build();
    }

    /** Reads, extracts and stores every input, then refreshes the shared graphs (knowledge base, linking). */
    BuildReport buildInto(EkgStore store, List<Path> inputs) {
        List<BuildReport.Failure> failures = new ArrayList<>();
        BuildJob job = new BuildJob(extractor(), store, threads, System.err).onError(onError);
        BuildReport report;
        try (ArticleBatch batch = reader(job.reporting(failures)).open(inputs)) {
            report = job.run(batch, failures);
        }
        SharedGraphs.Counts shared = sharedGraphs().refresh(store.datasetGraph());
        System.err.println("ekg: linking graph " + shared.linking() + " triples, knowledge base graph "
                + shared.kb() + " triples, listing pages " + shared.pages() + " triples");
        return report.withInStore(store.quadCount());
    }

    /** A missing input is a usage error, reported before any model loads. */
    static void checkInputs(List<Path> inputs) {
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
        }
    }
}
