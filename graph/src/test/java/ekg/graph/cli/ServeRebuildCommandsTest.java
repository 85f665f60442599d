package ekg.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The usage side of serve, rebuild and rollback: help, exit codes and clear messages. */
class ServeRebuildCommandsTest {

    @Test
    void everyNewCommandHasHelpWithItsExitCodes() {
        for (String cmd : new String[]{"serve", "rebuild", "rollback"}) {
            Cli c = Cli.run(cmd, "--help");
            assertEquals(0, c.exit, c::toString);
            assertTrue(c.out.contains("Usage: ekg " + cmd), c::toString);
        }
        Cli rebuild = Cli.run("rebuild", "--help");
        assertTrue(rebuild.out.contains("4   validation failed") || rebuild.out.contains("4  validation failed")
                || rebuild.out.contains("validation failed; not switched"), rebuild::toString);
    }

    @Test
    void updatesWithoutAPasswordFileAreAUsageError(@TempDir Path dir) {
        Cli c = Cli.run("serve", "--db", dir.toString(), "--allow-updates", "--port", "0");
        assertEquals(2, c.exit, c::toString);
        assertTrue(c.err.contains("--passwd"), c::toString);
    }

    @Test
    void servingAnEmptyFolderSaysHowToBuildADataset(@TempDir Path dir) {
        Cli c = Cli.run("serve", "--db", dir.toString(), "--port", "0", "--localhost");
        assertEquals(2, c.exit, c::toString);
        assertTrue(c.err.contains("ekg rebuild"), c::toString);
    }

    @Test
    void rollingBackWithNothingBeforeIsAUsageError(@TempDir Path dir) {
        Cli c = Cli.run("rollback", "--db", dir.toString());
        assertEquals(2, c.exit, c::toString);
        assertTrue(c.err.contains("no dataset") || c.err.contains("nothing to roll back"), c::toString);
    }
}
