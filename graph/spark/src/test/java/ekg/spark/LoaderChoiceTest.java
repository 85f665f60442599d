package ekg.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --loader auto} takes the phased loader for small inputs and, on a driver with room for its queues,
 * for large ones; the xloader on a small driver and for very large inputs; a loader named is kept.
 */
class LoaderChoiceTest {
    private static final long MB = 1L << 20;
    private static final long SMALL_DRIVER = 512 * MB;
    private static final long LARGE_DRIVER = 2048 * MB;

    @Test
    void aSmallDriverTakesThePhasedLoaderUpToItsLimitAndTheXloaderAbove() {
        assertEquals(SparkFilling.Loader.PHASED, SparkFilling.Loader.AUTO.forShards(48 * MB, SMALL_DRIVER));
        assertEquals(SparkFilling.Loader.PHASED, SparkFilling.Loader.AUTO.forShards(SparkFilling.Loader.AUTO_PHASED_BYTES, SMALL_DRIVER));
        assertEquals(SparkFilling.Loader.XLOADER, SparkFilling.Loader.AUTO.forShards(SparkFilling.Loader.AUTO_PHASED_BYTES + 1, SMALL_DRIVER));
        assertEquals(SparkFilling.Loader.XLOADER, SparkFilling.Loader.AUTO.forShards(500 * MB, SparkFilling.Loader.AUTO_PHASED_HEAP - 1));
    }

    @Test
    void aLargeDriverKeepsThePhasedLoaderUntilTheInputOutgrowsIt() {
        assertEquals(SparkFilling.Loader.PHASED, SparkFilling.Loader.AUTO.forShards(500 * MB, SparkFilling.Loader.AUTO_PHASED_HEAP));
        assertEquals(SparkFilling.Loader.PHASED, SparkFilling.Loader.AUTO.forShards(SparkFilling.Loader.AUTO_XLOADER_BYTES, LARGE_DRIVER));
        assertEquals(SparkFilling.Loader.XLOADER, SparkFilling.Loader.AUTO.forShards(SparkFilling.Loader.AUTO_XLOADER_BYTES + 1, LARGE_DRIVER));
    }

    @Test
    void aLoaderNamedIsTakenWhateverTheSizeAndHeap() {
        for (SparkFilling.Loader named : new SparkFilling.Loader[]{SparkFilling.Loader.PHASED,
                SparkFilling.Loader.SEQUENTIAL, SparkFilling.Loader.XLOADER}) {
            assertEquals(named, named.forShards(1, SMALL_DRIVER));
            assertEquals(named, named.forShards(500 * MB, LARGE_DRIVER));
        }
    }
}
