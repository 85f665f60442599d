package ekg.spark;

import ekg.graph.link.LinkingGraph;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.Iris;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.BulkLoad;
import ekg.graph.store.EkgStore;
import ekg.graph.store.TextFeed;
import ekg.graph.store.XLoad;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the job's shards into a new generation, either with the rebuild's own bulk load (Jena's phased
 * loader and the text index): article graphs in batches, then the shared graphs, with the linking graph
 * taken from the shards instead of computed here; or with Jena's xloader, articles and linking graph
 * together, before the generation is opened, the text index fed and the other shared graphs written
 * afterwards. Each article's quads are consecutive in a shard, so one article is in memory at a time, and
 * a batch of them.
 */
final class ShardLoad {
    private static final int BATCH = 64;

    private ShardLoad() {
    }

    /** Loads the shards under {@code work} into {@code store}; returns the shared graphs' sizes. */
    static SharedGraphs.Counts load(String work, Configuration conf, EkgStore store, SharedGraphs shared, Iris iris,
                                    BulkLoad.Loader loader) {
        // The job let each article id through once (later ones failed as duplicates): no set of them is needed.
        try (BulkLoad load = store.bulkLoad(loader).articlesOnce()) {
            Batches batches = new Batches(load, iris);
            Shards.parse(work + "/" + Shards.ARTICLES, conf, batches);
            batches.flush();
            load.finish();
        }
        return sharedGraphs(work, conf, store, shared, iris);
    }

    /** Bytes of the article shards under {@code work}: what decides between the loaders. */
    static long articleBytes(String work, Configuration conf) {
        try {
            long bytes = 0;
            for (FileStatus f : Shards.parts(work + "/" + Shards.ARTICLES, conf)) bytes += f.getLen();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the shards in " + work, e);
        }
    }

    /**
     * Builds the TDB2 database of a generation not yet opened from the article, meta and linking shards
     * with Jena's xloader; each shard appears in {@code tmp} under a name ending {@code .nq}.
     */
    static void xload(String work, Configuration conf, java.nio.file.Path tdb, java.nio.file.Path tmp) {
        List<java.nio.file.Path> files = new ArrayList<>();
        try {
            for (String kind : List.of(Shards.ARTICLES, Shards.META, Shards.LINKING)) {
                for (FileStatus f : Shards.parts(work + "/" + kind, conf)) files.add(local(f.getPath(), conf, tmp));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shards in " + work, e);
        }
        XLoad.load(tdb, tmp, files);
    }

    /**
     * The shard as a local file named {@code .nq}: Jena's xloader tells the syntax by the file name, and
     * Spark names its parts {@code part-00000}. A local shard is linked, another copied.
     */
    private static java.nio.file.Path local(Path shard, Configuration conf, java.nio.file.Path tmp) throws IOException {
        FileSystem fs = shard.getFileSystem(conf);
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(tmp.resolve("input"));
        java.nio.file.Path named = dir.resolve(shard.getParent().getName() + "-" + shard.getName() + ".nq");
        if ("file".equals(fs.getUri().getScheme())) {
            java.nio.file.Files.createSymbolicLink(named, java.nio.file.Path.of(shard.toUri()).toAbsolutePath());
        } else {
            fs.copyToLocalFile(shard, new Path(named.toUri()));
        }
        return named;
    }

    /**
     * After an xload, which loaded the linking graph with the articles: the text index fed from the article
     * and linking shards, then the knowledge base graph and the listing pages. Written after the xload,
     * the linking graph's millions of quads went into its packed indexes one by one (at 100,000 articles
     * the shared graphs took nine to twelve minutes there, the linking graph's share not measured apart).
     */
    static SharedGraphs.Counts afterXload(String work, Configuration conf, EkgStore store, SharedGraphs shared) {
        TextFeed text = store.textFeed();
        StreamRDFBase feed = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                text.add(q);
            }
        };
        // the 7 GB of article shards at 100k articles took eight minutes to parse whole, for the 2% of their
        // lines the index reads (quote texts; an article graph's names are not indexed)
        Shards.parseLinesWith(work + "/" + Shards.ARTICLES, conf, text::mayIndexInArticle, feed);
        long linked = Shards.parseLinesWith(work + "/" + Shards.LINKING, conf, text::mayIndex, feed);
        text.commit();
        return shared.refresh(store.datasetGraph(), dsg -> linked);
    }

    /** The knowledge base and listing graphs, and the linking graph from the shards instead of computed here. */
    private static SharedGraphs.Counts sharedGraphs(String work, Configuration conf, EkgStore store, SharedGraphs shared,
                                                    Iris iris) {
        return shared.refresh(store.datasetGraph(), dsg -> LinkingGraph.replace(dsg, iris.linkingGraph(),
                out -> Shards.parse(work + "/" + Shards.LINKING, conf, out)));
    }

    /** Cuts the stream of quads into articles (one graph each) and writes them in batches. */
    private static final class Batches extends StreamRDFBase {
        private final BulkLoad load;
        private final Iris iris;
        private final List<ArticleQuads> batch = new ArrayList<>();
        private Node graph;
        private List<Quad> quads = new ArrayList<>();

        Batches(BulkLoad load, Iris iris) {
            this.load = load;
            this.iris = iris;
        }

        @Override
        public void quad(Quad q) {
            if (!q.getGraph().equals(graph)) endArticle();
            graph = q.getGraph();
            quads.add(q);
        }

        private void endArticle() {
            if (graph != null && !quads.isEmpty()) {
                batch.add(new ArticleQuads(iris.articleIdOfGraph(graph.getURI()), quads));
                if (batch.size() >= BATCH) writeBatch();
            }
            graph = null;
            quads = new ArrayList<>();
        }

        private void writeBatch() {
            load.write(List.copyOf(batch));
            batch.clear();
        }

        void flush() {
            endArticle();
            if (!batch.isEmpty()) writeBatch();
        }
    }
}
