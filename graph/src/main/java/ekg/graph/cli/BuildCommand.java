package ekg.graph.cli;

import ekg.graph.build.BuildJob;
import ekg.graph.build.BuildReport;
import ekg.graph.build.Extractor;
import ekg.graph.rdf.DocToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.graph.link.SharedGraphs;
import ekg.graph.store.EkgStore;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.GermanPipeline;
import ekg.ingest.read.ArticleBatch;
import ekg.ingest.read.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ekg build}: reads articles, extracts them on every core, and stores one graph per article. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .json, .jsonl; files or folders, recursively), extracts people,",
                "organizations, places and quotes, and stores each article as a named graph in a TDB2 dataset.",
                "An article built again replaces its graph; unreadable articles are reported and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article stored", "1:some articles failed (the rest are stored)",
                "2:usage error", "3:the run could not complete (nothing of the batch in flight is half-written)"},
        footer = {"", "Example:", "  ekg build seeds --db data/ekg"})
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<inputs>", description = "Article files or folders.")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/ekg",
            description = "The TDB2 dataset folder, created when missing (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
        }
        System.err.println("ekg: loading models ...");
        Extractor extractor = new Extractor(GermanPipeline.create(),
                new DocToRdf(Iris.DEFAULT, new Provenance(Provenance.ekgVersion(), GermanPipeline.models())));
        List<BuildReport.Failure> failures = new ArrayList<>();
        try (EkgStore store = EkgStore.open(db)) {
            BuildJob job = new BuildJob(extractor, store, threads, System.err);
            ArticleReader reader = ArticleReader.builder().maxBytes(maxBytes).failureHandler(job.reporting(failures)).build();
            BuildReport report;
            try (ArticleBatch batch = reader.open(inputs)) {
                report = job.run(batch, failures);
            }
            // The next incremental 'ekg rebuild' copies unchanged articles from the snapshot, not from TDB2.
            store.writeSnapshot();
            SharedGraphs.Counts shared = new SharedGraphs(Iris.DEFAULT, KnowledgeBase.builtIn()).refresh(store.datasetGraph());
            System.err.println("ekg: linking graph " + shared.linking() + " triples, knowledge base graph " + shared.kb() + " triples");
            printFailures(report);
            System.err.println("ekg: " + report.summary() + "; db: " + db);
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    private static void printFailures(BuildReport report) {
        if (report.failures().isEmpty()) return;
        System.err.println("ekg: " + report.failures().size() + " input(s) failed:");
        report.failures().forEach(f -> System.err.println("  " + f.input() + ": " + f.reason()));
    }
}
