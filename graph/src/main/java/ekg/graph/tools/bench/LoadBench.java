package ekg.graph.tools.bench;

import ekg.graph.rdf.Iris;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.BulkLoad;
import ekg.graph.store.EkgStore;
import ekg.graph.store.Generations;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loading the same N-Quads two ways: through {@link EkgStore#replace} in batches of articles, as a build
 * writes (text index included), and with Jena's phased bulk loader into a fresh TDB2 database, the
 * baseline. Both stream the file; neither holds more than one batch in memory.
 */
public final class LoadBench {
    private static final int BATCH = 64;

    private LoadBench() {
    }

    /** Seconds and quads of one load. */
    public record Load(long quads, double seconds) {
        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /** Writes the article graphs of a store as N-Quads, graph by graph; returns the quads written. */
    public static long dumpArticles(EkgStore store, Iris iris, Path nq) {
        DatasetGraph dsg = store.datasetGraph();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            return Txn.calculateRead(dsg, () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                w.start();
                long n = 0;
                // Graph by graph: a scan of the whole dataset interleaves the graphs, and the loads read
                // the file one article at a time.
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && iris.articleIdOfGraph(g.getURI()) != null) graphs.add(g);
                });
                for (Node g : graphs) {
                    Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) {
                        w.quad(it.next());
                        n++;
                    }
                }
                w.finish();
                return n;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + nq, e);
        }
    }

    /** Loads the file into a new ekg store at {@code dir}, {@value #BATCH} articles per transaction, as a build does. */
    public static Load ekg(Path nq, Path dir, Iris iris) {
        flushDisks();
        long t0 = System.nanoTime();
        try (EkgStore store = EkgStore.open(dir, iris)) {
            long quads = parseArticles(nq, iris, BATCH, store::replace);
            return new Load(quads, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Loads the file into a new generation of an ekg store at {@code dir} with a bulk load, as a rebuild does. */
    public static Load ekgBulk(Path nq, Path dir, Iris iris) {
        flushDisks();
        long t0 = System.nanoTime();
        Generations gens = Generations.at(dir);
        String gen = gens.next();
        long quads;
        try (EkgStore store = EkgStore.openGeneration(gens, gen, iris); BulkLoad load = store.bulkLoad()) {
            quads = parseArticles(nq, iris, 1, load::write);
            load.finish();
        }
        gens.switchTo(gen);
        return new Load(quads, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Streams the file article by article into {@code sink}, {@code batchSize} articles at a time; returns
     * the quads read. The bulk load takes each article as it is parsed, as Jena's loader takes each quad:
     * a batch of 64 articles (20k quads) has left the CPU caches by the time it is written, and reading it
     * back took about a twentieth of the main thread's profile samples in ekg's load at 1k articles.
     */
    private static long parseArticles(Path nq, Iris iris, int batchSize, Consumer<List<ArticleQuads>> sink) {
        long[] quads = {0};
        List<ArticleQuads> batch = new ArrayList<>();
        StreamRDF articles = new StreamRDFBase() {
            Node graph;
            List<Quad> current = new ArrayList<>();

            @Override
            public void quad(Quad q) {
                if (!q.getGraph().equals(graph)) flushArticle();
                graph = q.getGraph();
                current.add(q);
                quads[0]++;
            }

            @Override
            public void finish() {
                flushArticle();
            }

            private void flushArticle() {
                if (graph == null) return;
                batch.add(new ArticleQuads(iris.articleIdOfGraph(graph.getURI()), current));
                current = new ArrayList<>();
                if (batch.size() == batchSize) {
                    sink.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        };
        RDFParser.source(nq).lang(Lang.NQUADS).parse(articles);
        if (!batch.isEmpty()) sink.accept(List.copyOf(batch));
        return quads[0];
    }

    /**
     * Writes out what the page cache still holds of earlier steps (the dump, the previous load), so that
     * no load pays for another's writes (the first load follows the dump, 6 GB at 100k articles).
     */
    private static void flushDisks() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("ekg bench: cannot run sync, loads may pay for earlier writes: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Jena's phased bulk loader into a fresh TDB2 database at {@code dir}: the baseline. */
    public static Load jena(Path nq, Path dir) {
        flushDisks();
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
            return new Load(loader.countQuads() + loader.countTriples(), (System.nanoTime() - t0) / 1e9);
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
