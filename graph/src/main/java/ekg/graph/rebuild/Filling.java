package ekg.graph.rebuild;

import ekg.graph.build.BuildReport;
import ekg.graph.link.SharedGraphs;
import ekg.graph.store.EkgStore;

import java.nio.file.Path;
import java.util.List;

/**
 * Fills a rebuild's new generation with what was extracted and linked elsewhere, e.g. by a cluster job,
 * in place of the rebuild's own extraction; the rebuild still validates, reports and switches.
 *
 * <pre>{@code
 * new RebuildJob(Generations.at(db), store -> loadShards(store), extractionKey, options, System.err).run(inputs);
 * }</pre>
 */
@FunctionalInterface
public interface Filling {

    /** Writes the article graphs and the shared graphs into {@code store}, a new generation. */
    Filled fill(EkgStore store);

    /**
     * Runs before the new generation is opened, with its TDB2 folder (not yet made) and the live
     * generation's snapshot folder (null when there is none), against which the filling sorts the articles
     * it reads ({@link ArticleChanges}). A filling that builds the database files itself (Jena's xloader,
     * {@link ekg.graph.store.XLoad}) does it here, and {@link #fill} then finds them in the store. Nothing by default.
     */
    default void prepare(Path tdb, Path liveSnapshot) {
    }

    /**
     * What a filling read and wrote.
     *
     * @param changes       the articles read against the live generation: counts, and the ids behind them
     * @param failures      the inputs that could not be read or extracted, with the reason
     * @param readFailures  how many of those failed before extraction (unreadable input)
     * @param shared        the sizes of the shared graphs written
     */
    record Filled(ArticleChanges changes, List<BuildReport.Failure> failures, long readFailures,
                  SharedGraphs.Counts shared) {
        public Filled {
            failures = List.copyOf(failures);
        }
    }
}
