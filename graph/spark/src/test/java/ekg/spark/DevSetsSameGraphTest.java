package ekg.spark;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark build gives {@code ekg build}'s dataset on the development sets too, which are unseen news of
 * many kinds and so exercise far more of the linking than the seeds. The sets lie beside the checkout
 * ({@code ../shared/dev}, or where {@code EKG_DEV} points) and are not part of the project: without them
 * the test is skipped and says so.
 */
@ExtendWith(LocalSpark.class)
class DevSetsSameGraphTest {
    private static final Path DEV = Path.of(System.getenv().getOrDefault("EKG_DEV", "../../../shared/dev"));

    @ParameterizedTest
    @ValueSource(strings = {"10kgnad", "wikinews"})
    void sparkBuildGivesTheQuadsOfEkgBuild(String set, @TempDir Path tmp) throws Exception {
        Path articles = DEV.resolve(set).resolve("articles");
        assumeTrue(Files.isDirectory(articles), () -> "no development set at " + articles.toAbsolutePath());
        SeedsSameGraphTest.assertSameGraph(articles.toString(), tmp);
    }
}
