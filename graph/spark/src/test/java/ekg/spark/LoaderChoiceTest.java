package ekg.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code --loader auto} takes the phased loader for small inputs and the xloader for large ones; a loader named is kept. */
class LoaderChoiceTest {
    private static final long MB = 1L << 20;

    @Test
    void autoTakesThePhasedLoaderUpToItsLimitAndTheXloaderAbove() {
        assertEquals(SparkFilling.Loader.PHASED, SparkFilling.Loader.AUTO.forShards(48 * MB));
        assertEquals(SparkFilling.Loader.PHASED, SparkFilling.Loader.AUTO.forShards(SparkFilling.Loader.AUTO_PHASED_BYTES));
        assertEquals(SparkFilling.Loader.XLOADER, SparkFilling.Loader.AUTO.forShards(SparkFilling.Loader.AUTO_PHASED_BYTES + 1));
        assertEquals(SparkFilling.Loader.XLOADER, SparkFilling.Loader.AUTO.forShards(500 * MB));
    }

    @Test
    void aLoaderNamedIsTakenWhateverTheSize() {
        for (SparkFilling.Loader named : new SparkFilling.Loader[]{SparkFilling.Loader.PHASED,
                SparkFilling.Loader.SEQUENTIAL, SparkFilling.Loader.XLOADER}) {
            assertEquals(named, named.forShards(1));
            assertEquals(named, named.forShards(500 * MB));
        }
    }
}
