package ekg.graph.store;

import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Jena's xloader ({@code tdb2.xloader}, here its steps called in this JVM as its {@code CmdxLoader}
 * does): builds a TDB2 database from N-Quads files in a folder that is not open yet, sorting node
 * ids and index records with the system's {@code sort} program in temporary files instead of in the
 * heap. Made for inputs of hundreds of millions of quads, where the phased loader's indexes no longer
 * fit the page cache; it writes no text index, which {@link TextFeed} adds afterwards.
 *
 * <pre>{@code
 * XLoad.load(gens.tdb(gen), tmp, List.of(Path.of("articles.nq")));   // then open the generation
 * }</pre>
 */
public final class XLoad {
    /** TDB2's indexes, as {@code tdb2.xloader} builds them: triples, then quads. */
    private static final List<String> INDEXES = List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    private static final int SORT_THREADS = 2;

    private XLoad() {
    }

    /**
     * Loads {@code files} into the TDB2 database folder {@code tdb}, which must not hold a database yet;
     * {@code tmp} holds the loader's work files and is deleted at the end. Note: Jena's loader ends the
     * JVM when {@code sort} fails (a full disk); the generation is then never switched to.
     */
    public static void load(Path tdb, Path tmp, List<Path> files) {
        try {
            if (Files.isDirectory(tdb)) {
                try (Stream<Path> in = Files.list(tdb)) {
                    if (in.findAny().isPresent()) throw new IllegalStateException(tdb + " is not empty: the xloader builds a database from nothing");
                }
            }
            Files.createDirectories(tdb);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + tdb + " for the xloader", e);
        }
        String loc = tdb.toString();
        List<String> data = files.stream().map(Path::toString).toList();
        XLoaderFiles work = new XLoaderFiles(tmp.toString());
        try {
            ProcBuildNodeTableX.exec(loc, work, SORT_THREADS, null, data);
            ProcIngestDataX.exec(loc, work, data, false);
            for (String index : INDEXES) ProcBuildIndexX.exec(loc, index, SORT_THREADS, null, work);
        } finally {
            Generations.deleteTree(tmp);
        }
    }
}
