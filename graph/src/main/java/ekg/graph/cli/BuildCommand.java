package ekg.graph.cli;

import ekg.graph.build.BuildReport;
import ekg.graph.store.EkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
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
            description = "The dataset folder (TDB2 generations with their text index), created when missing (default: ${DEFAULT-VALUE}).")
    Path db;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        ExtractionOptions.checkInputs(inputs);
        try (EkgStore store = EkgStore.open(db)) {
            BuildReport report = extraction.buildInto(store, inputs);
            // The next incremental 'ekg rebuild' copies unchanged articles from the snapshot, not from TDB2.
            store.writeSnapshot();
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
