package ekg.spark;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Spark in tests: local mode on the loopback address, without its web UI (no fixed port is opened).
 * A test class asks for it with {@code @ExtendWith(LocalSpark.class)}.
 */
final class LocalSpark implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.driver.host", "127.0.0.1");
    }
}
