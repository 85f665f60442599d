package ekg.graph.cli;

import ekg.graph.build.BuildJob;
import ekg.graph.build.BuildReport;
import ekg.graph.build.Extractor;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.DocToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import ekg.ingest.GermanPipeline;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.ArticleBatch;
import ekg.ingest.read.ArticleReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of every command that extracts articles in this JVM (build, rebuild, eval, extract): the
 * shared {@link ArticleOptions} and the threads, and what they set up.
 */
final class ExtractionOptions extends ArticleOptions {

    int threads = Runtime.getRuntime().availableProcessors();

    // Checked as the command line is parsed, so that a bad value fails before any model loads or folder is made.
    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    void threads(int n) {
        if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
        threads = n;
    }

    Extractor extractor() {
        System.err.println("ekg: loading models ...");
        return new Extractor(GermanPipeline.create(knowledgeBase()), new DocToRdf(Iris.DEFAULT, provenance()), guard(),
                anyLanguage);
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
