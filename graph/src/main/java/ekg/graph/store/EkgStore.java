package ekg.graph.store;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * ekg's dataset: the live generation of a {@link Generations} folder (created as generation 1 when the
 * folder is empty), a TDB2 database with its full-text index, one named graph per article, replaced
 * whole when the article is written again, and the union of all graphs as the default graph for
 * queries. One process at a time may open a generation (TDB2 locks it for its JVM).
 *
 * <pre>{@code
 * try (EkgStore store = EkgStore.open(Path.of("data/ekg"))) {
 *     store.replace(List.of(new ArticleQuads("000", quads)));
 * }
 * }</pre>
 */
public final class EkgStore implements AutoCloseable {
    private final Generations gens;
    private final String gen;
    private final DatasetGraph tdb;
    private final DatasetGraph dsg;
    private final Iris iris;

    private EkgStore(Generations gens, String gen, DatasetGraph tdb, DatasetGraph dsg, Iris iris) {
        this.gens = gens;
        this.gen = gen;
        this.tdb = tdb;
        this.dsg = dsg;
        this.iris = iris;
    }

    /** Opens the live generation in {@code dir}, creating the folder and a first generation when missing. */
    public static EkgStore open(Path dir) {
        return open(dir, Iris.DEFAULT);
    }

    public static EkgStore open(Path dir, Iris iris) {
        return open(dir, iris, true);
    }

    /**
     * The live generation without its full-text index, for reading only: opening the Lucene index is a
     * tenth of what a one-off query spends before its first row, and most queries search no text.
     */
    public static EkgStore openWithoutTextSearch(Path dir) {
        return open(dir, Iris.DEFAULT, false);
    }

    private static EkgStore open(Path dir, Iris iris, boolean textSearch) {
        Generations gens = Generations.at(dir);
        refuseOldLayout(dir);
        String gen = gens.current().orElseGet(() -> {
            String first = gens.next();
            createDirectories(gens.tdb(first));
            gens.switchTo(first);
            return first;
        });
        return openGeneration(gens, gen, iris, textSearch);
    }

    /** Opens one generation, live or not, e.g. the one a rebuild is writing. */
    public static EkgStore openGeneration(Generations gens, String gen, Iris iris) {
        return openGeneration(gens, gen, iris, true);
    }

    private static EkgStore openGeneration(Generations gens, String gen, Iris iris, boolean textSearch) {
        Path dir = gens.tdb(gen);
        createDirectories(dir);
        DatasetGraph tdb;
        try {
            tdb = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + dir + ": " + e.getMessage()
                    + " (one process at a time: is 'ekg serve' or another ekg command using it?"
                    + " 'ekg rebuild' can run beside 'ekg serve')", e);
        }
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (!textSearch) return new EkgStore(gens, gen, tdb, tdb, iris);
        createDirectories(gens.text(gen));
        DatasetGraph dsg = TextSearch.wrap(tdb, gens.text(gen), iris);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new EkgStore(gens, gen, tdb, dsg, iris);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create database folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A TDB2 database straight in the folder is the layout before generations: say what to do. */
    private static void refuseOldLayout(Path dir) {
        if (Files.isDirectory(dir.resolve("Data-0001"))) {
            throw new StoreException(dir + " holds a dataset of an older ekg (no generations): move it away and run"
                    + " 'ekg rebuild <inputs> --db " + dir + "'", null);
        }
    }

    /** The TDB2 folder of the generation open. */
    public Path dir() {
        return gens.tdb(gen);
    }

    /** The name of the generation open, e.g. {@code gen-000003}. */
    public String generation() {
        return gen;
    }

    /** Writes this generation's snapshot, which the next incremental rebuild copies unchanged articles from. */
    public void writeSnapshot() {
        Snapshot.write(this, gens.snapshot(gen), iris);
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The dataset as a query API sees it, union default graph included. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /** Replaces each article's graph by its new quads, all in one transaction: all or nothing. */
    public void replace(List<ArticleQuads> articles) {
        Node meta = iris.metaGraph();
        Node now = Literals.dateTime(Instant.now());
        Txn.executeWrite(dsg, () -> {
            for (ArticleQuads a : articles) {
                Node g = iris.articleGraph(a.articleId());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                dsg.deleteAny(meta, g, Node.ANY, Node.ANY);
                for (Quad q : a.quads()) {
                    if (!q.getGraph().equals(g)) {
                        throw new IllegalArgumentException("quad outside the graph of " + a.articleId() + ": " + q);
                    }
                    dsg.add(q);
                }
                dsg.add(meta, g, Vocab.Prov.GENERATED_AT, now);
            }
        });
    }

    /**
     * Puts each quad in place of what its graph said before for its subject and predicate, all in one
     * transaction: for statements that changed while the rest of the graph did not (a moved file).
     */
    public void restate(List<Quad> quads) {
        Txn.executeWrite(dsg, () -> {
            for (Quad q : quads) {
                dsg.deleteAny(q.getGraph(), q.getSubject(), q.getPredicate(), Node.ANY);
                dsg.add(q);
            }
        });
    }

    /**
     * A bulk load into this generation, which must be empty and not live (see {@link BulkLoad}); no other
     * transaction may run on it meanwhile.
     */
    public BulkLoad bulkLoad() {
        return bulkLoad(BulkLoad.Loader.PHASED);
    }

    /** The same with the Jena loader given, e.g. the sequential one where the heap is small. */
    public BulkLoad bulkLoad(BulkLoad.Loader loader) {
        if (gens.current().filter(gen::equals).isPresent()) {
            throw new IllegalStateException(gen + " is live: bulk loads go into a new generation only");
        }
        if (!isEmpty()) throw new IllegalStateException(gen + " is not empty: bulk loads go into an empty generation only");
        return new BulkLoad(this, tdb, TextSearch.index(dsg), iris, loader);
    }

    /**
     * The text index of this generation for quads written around it, e.g. by Jena's xloader before the
     * generation was opened; not for the live generation.
     */
    public TextFeed textFeed() {
        if (gens.current().filter(gen::equals).isPresent()) {
            throw new IllegalStateException(gen + " is live: its text index is kept by its own writes");
        }
        return new TextFeed(TextSearch.index(dsg), iris);
    }

    /** True when the generation holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Removes one article's graph; true when it was there. */
    public boolean remove(String articleId) {
        Node g = iris.articleGraph(articleId);
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(iris.metaGraph(), g, Node.ANY, Node.ANY);
            return had;
        });
    }

    /**
     * Hands every article id to {@code action}, in the store's order (not sorted): unlike {@link #articleIds}
     * nothing is collected, so a snapshot of millions of articles holds one id at a time.
     */
    public void forEachArticleId(java.util.function.Consumer<String> action) {
        Txn.executeRead(dsg, () -> {
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                String id = iris.articleIdOfGraph(it.next().getURI());
                if (id != null) action.accept(id);
            }
        });
    }

    /** Ids of the articles stored, sorted. */
    public SortedSet<String> articleIds() {
        SortedSet<String> ids = new TreeSet<>();
        forEachArticleId(ids::add);
        return ids;
    }

    /** Quads in every graph but the meta graph: the article graphs and the shared ones. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                if (!it.next().getGraph().equals(iris.metaGraph())) n++;
            }
            return n;
        });
    }

    /** Closes the dataset and its index and releases the folder, so another process (or a reopen) reads it from disk. */
    @Override
    public void close() {
        dsg.close();
        TDBInternal.expel(tdb);
    }
}
