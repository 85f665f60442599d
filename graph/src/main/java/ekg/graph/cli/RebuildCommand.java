package ekg.graph.cli;

import ekg.graph.rdf.Provenance;
import ekg.graph.rebuild.RebuildJob;
import ekg.graph.rebuild.RebuildOptions;
import ekg.graph.rebuild.RebuildReport;
import ekg.graph.store.Generations;
import ekg.graph.store.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ekg rebuild}: the nightly job; builds a new generation beside the live one and switches to it. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"The nightly job. Builds the complete dataset from <inputs> as a new generation",
                "beside the live one, validates it (SHACL shapes; articles and triples may not",
                "drop by more than --max-drop), then makes it live with one atomic switch; a",
                "running 'ekg serve' follows within a second. The generation before is kept",
                "for 'ekg rollback'. Only new or changed articles (by content hash) are",
                "extracted; unchanged ones are copied, removed ones disappear. A crash or kill",
                "at any point leaves the live dataset as it was; the next run cleans up.",
                "Writes a JSON report: inputs, added/changed/removed, failures with reasons,",
                "triples, timings; every run's own in reports/, the latest also at --report."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:switched; every article stored", "1:switched; some articles failed (below --max-failures) and were skipped",
                "2:usage error", "3:the run could not complete; not switched", "4:validation failed; not switched",
                "5:too many articles failed; not switched", "6:another rebuild or rollback is running; nothing done"},
        footer = {"", "Example (cron, nightly at 02:30):",
                "  30 2 * * * cd /srv/ekg && ./ekg rebuild /data/articles >> rebuild.log 2>&1"})
final class RebuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<inputs>", description = "Article files or folders: the complete input.")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/ekg", description = "The dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--max-failures", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of articles (0..1) that may fail; more fails the run (default: ${DEFAULT-VALUE}).")
    double maxFailures;

    @Option(names = "--max-drop", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Share (0..1) by which articles or triples may drop against the live generation (default: ${DEFAULT-VALUE}).")
    double maxDrop;

    @Option(names = "--full", description = "Extract every article again, even unchanged ones.")
    boolean full;

    @Option(names = "--no-shacl", description = "Skip the SHACL validation.")
    boolean noShacl;

    @Option(names = "--report", paramLabel = "FILE",
            description = "The latest run's JSON report (default: DIR/rebuild-report.json); each run's own is kept in reports/ beside it.")
    Path report;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        ExtractionOptions.checkInputs(inputs);
        RebuildOptions options = new RebuildOptions(maxFailures, maxDrop, !full, !noShacl, extraction.threads,
                extraction.maxBytes);
        Provenance provenance = extraction.provenance();
        String key = Snapshot.extractionKey(provenance.toolVersion(), provenance.models());
        RebuildReport r = new RebuildJob(Generations.at(db), extraction.extractor(), extraction.sharedGraphs(), key,
                options, System.err).onError(extraction.onError).run(inputs);
        Path file = report != null ? report : db.resolve("rebuild-report.json");
        Path own = r.write(file);
        r.failures().forEach(f -> System.err.println("  failed: " + f.input() + ": " + f.reason()));
        System.err.println("ekg rebuild: " + r.summary() + "; report: " + own);
        return r.exitCode();
    }
}
