package ekg.spark.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The peak heap after collection counts the collections, not the pauses of G1's marking that collect nothing. */
class GcLogTest {

    @Test
    void peakIsTheLargestHeapLeftByACollection(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("gc.log"), """
                [1.0s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 450M->230M(512M) 60.1ms
                [1.5s][info][gc] GC(2) Pause Remark 452M->448M(512M) 102.9ms
                [1.6s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 448M->226M(512M) 60.2ms
                [1.7s][info][gc] GC(2) Pause Cleanup 314M->314M(512M) 12.1ms
                [2.0s][info][gc] GC(4) Pause Full (System.gc()) 1G->241M(512M) 300.0ms
                """);
        assertEquals(241, GcLog.peakAfterGcMb(log));
    }
}
