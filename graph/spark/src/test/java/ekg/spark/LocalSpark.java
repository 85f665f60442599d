package ekg.spark;

/** Spark in tests: local mode on the loopback address, without its web UI (no fixed port is opened). */
final class LocalSpark {
    private LocalSpark() {
    }

    static void configure() {
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.driver.host", "127.0.0.1");
    }
}
