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
 * ekg's TDB2 dataset in a folder: one named graph per article, replaced whole when the article is
 * written again, and the union of all graphs as the default graph for queries.
 *
 * <pre>{@code
 * try (EkgStore store = EkgStore.open(Path.of("data/ekg"))) {
 *     store.replace(List.of(new ArticleQuads("000", quads)));
 * }
 * }</pre>
 */
public final class EkgStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;
    private final Iris iris;

    private EkgStore(Path dir, DatasetGraph dsg, Iris iris) {
        this.dir = dir;
        this.dsg = dsg;
        this.iris = iris;
    }

    /** Opens the dataset in {@code dir}, creating it when missing. */
    public static EkgStore open(Path dir) {
        return open(dir, Iris.DEFAULT);
    }

    public static EkgStore open(Path dir, Iris iris) {
        try {
            Files.createDirectories(dir);
            DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new EkgStore(dir, dsg, iris);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create database folder " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + dir + ": " + e.getMessage()
                    + " (is another ekg process using it?)", e);
        }
    }

    public Path dir() {
        return dir;
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

    /** Ids of the articles stored, sorted. */
    public SortedSet<String> articleIds() {
        return Txn.calculateRead(dsg, () -> {
            SortedSet<String> ids = new TreeSet<>();
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                String id = iris.articleIdOfGraph(it.next().getURI());
                if (id != null) ids.add(id);
            }
            return ids;
        });
    }

    /** Quads in all article graphs, the meta graph left out. */
    public long articleQuadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                if (!it.next().getGraph().equals(iris.metaGraph())) n++;
            }
            return n;
        });
    }

    /** Closes the dataset and releases its folder, so another process (or a reopen) reads it from disk. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
