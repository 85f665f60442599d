package ekg.graph.tools.bench;

import ekg.graph.tools.bench.ExtractionBench.Comparison;
import ekg.graph.tools.bench.ExtractionBench.Throughput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The figures a forked JVM prints are read back whole, and the medians over JVMs are each figure's own. */
class ExtractionForksTest {

    private static ExtractionForks.Figures figures(double bare1, double ekg1, double bareN, double ekgN) {
        return new ExtractionForks.Figures(500, 80_000,
                new Comparison(new Throughput(bare1, bare1 * 160), new Throughput(ekg1, ekg1 * 160)),
                new Comparison(new Throughput(bareN, bareN * 160), new Throughput(ekgN, ekgN * 160)));
    }

    @Test
    void aLineOfFiguresReadsBackAsPrinted() {
        ExtractionForks.Figures f = figures(250.5, 200.25, 480, 400.125);
        assertEquals(f, ExtractionForks.Figures.parse(f.line()));
        assertThrows(IllegalArgumentException.class, () -> ExtractionForks.Figures.parse("ekg: loading models ..."));
    }

    @Test
    void mediansAreTakenPerFigureAndPerRatio() {
        ExtractionForks.Result r = new ExtractionForks.Result(List.of(
                figures(200, 180, 400, 300), figures(300, 240, 500, 450), figures(250, 150, 450, 400)));
        assertEquals(250, r.median().one().bare().articlesPerSecond(), 1e-9);
        assertEquals(180, r.median().one().pipeline().articlesPerSecond(), 1e-9);
        assertEquals(450, r.median().all().bare().articlesPerSecond(), 1e-9);
        assertEquals(400, r.median().all().pipeline().articlesPerSecond(), 1e-9);
        // One thread: 0.9, 0.8, 0.6 -> 0.8; all threads: 0.75, 0.9, 0.888... -> 0.888...
        assertArrayEquals(new double[] {0.8, 400.0 / 450}, r.medianRatios(), 1e-9);
    }
}
