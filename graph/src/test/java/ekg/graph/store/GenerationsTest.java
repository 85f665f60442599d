package ekg.graph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerationsTest {

    @Test
    void switchingKeepsThePreviousAndRollbackSwapsThem(@TempDir Path dir) throws IOException {
        Generations gens = Generations.at(dir);
        assertEquals(Optional.empty(), gens.current());
        assertEquals("gen-000001", gens.next());
        Files.createDirectories(gens.tdb("gen-000001"));
        gens.switchTo("gen-000001");
        assertEquals("gen-000002", gens.next());
        Files.createDirectories(gens.tdb("gen-000002"));
        gens.switchTo("gen-000002");
        assertEquals(Optional.of("gen-000002"), gens.current());
        assertEquals(Optional.of("gen-000001"), gens.previous());
        assertEquals("gen-000001", gens.rollback());
        assertEquals(Optional.of("gen-000002"), gens.previous());
        assertEquals("gen-000002", gens.rollback(), "rolling back twice rolls forward");
    }

    @Test
    void aLeftoverOfACrashedRunIsNeverReusedAndIsCleanedUp(@TempDir Path dir) throws IOException {
        Generations gens = Generations.at(dir);
        Files.createDirectories(gens.tdb("gen-000001"));
        gens.switchTo("gen-000001");
        Files.createDirectories(gens.text("gen-000002"));
        Files.createDirectories(gens.tdb("gen-000002").resolve("Data-0001"));
        assertEquals("gen-000003", gens.next());
        gens.deleteAllBut(Set.of("gen-000001"));
        assertFalse(Files.exists(gens.tdb("gen-000002")));
        assertFalse(Files.exists(gens.text("gen-000002")));
        assertTrue(Files.isDirectory(gens.tdb("gen-000001")));
        assertTrue(Files.exists(dir.resolve(Generations.POINTER)));
    }

    @Test
    void rollingBackWithNothingBeforeSaysSo(@TempDir Path dir) throws IOException {
        Generations gens = Generations.at(dir);
        assertThrows(IllegalStateException.class, gens::rollback);
        Files.createDirectories(gens.tdb("gen-000001"));
        gens.switchTo("gen-000001");
        IllegalStateException e = assertThrows(IllegalStateException.class, gens::rollback);
        assertTrue(e.getMessage().contains("nothing to roll back to"), e.getMessage());
    }
}
