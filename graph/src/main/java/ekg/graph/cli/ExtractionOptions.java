package ekg.graph.cli;

import ekg.graph.build.BuildJob;
import ekg.graph.build.BuildReport;
import ekg.graph.build.Extractor;
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
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of every command that extracts articles (build, rebuild, eval, extract), and what they
 * set up, so that all of them extract exactly alike.
 */
final class ExtractionOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

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
        return new Extractor(GermanPipeline.create(knowledgeBase()), new DocToRdf(Iris.DEFAULT, provenance()));
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
        BuildJob job = new BuildJob(extractor(), store, threads, System.err);
        BuildReport report;
        try (ArticleBatch batch = reader(job.reporting(failures)).open(inputs)) {
            report = job.run(batch, failures);
        }
        SharedGraphs.Counts shared = sharedGraphs().refresh(store.datasetGraph());
        System.err.println("ekg: linking graph " + shared.linking() + " triples, knowledge base graph "
                + shared.kb() + " triples, listing pages " + shared.pages() + " triples");
        return report;
    }

    /** A missing input is a usage error, reported before any model loads. */
    static void checkInputs(List<Path> inputs) {
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
        }
    }
}
