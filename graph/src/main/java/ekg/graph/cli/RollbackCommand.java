package ekg.graph.cli;

import ekg.graph.rebuild.RebuildLock;
import ekg.graph.store.Generations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ekg rollback}: makes the previous generation live again; a running server follows. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Makes the generation before the live one live again (one atomic switch;",
                "'ekg serve' follows within a second). The generation rolled back from is kept:",
                "rolling back again rolls forward."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:switched", "2:usage error (no dataset, or nothing to roll back to)", "3:failed",
                "6:a rebuild is running; nothing done"},
        footer = {"", "Example:", "  ekg rollback --db data/ekg"})
final class RollbackCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/ekg", description = "The dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) throw new IllegalArgumentException("no dataset at " + db);
        Generations gens = Generations.at(db);
        Optional<RebuildLock> lock = RebuildLock.tryAcquire(db);
        if (lock.isEmpty()) {
            System.err.println("ekg rollback: a rebuild is running on " + db + "; nothing done");
            return 6;
        }
        try (RebuildLock held = lock.get()) {
            String from = gens.current().orElse("none");
            String to = gens.rollback();
            System.err.println("ekg rollback: " + to + " is live again (was " + from + ", kept: roll back again to return to it)");
            return 0;
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
