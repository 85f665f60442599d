package ekg.spark;

import ekg.graph.link.LinkingGraph;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.Iris;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.BulkLoad;
import ekg.graph.store.EkgStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the job's shards into a new generation with the rebuild's own bulk load (text index included):
 * article graphs in batches, then the shared graphs, with the linking graph taken from the shards
 * instead of computed here. Each article's quads are consecutive in a shard, so one article is in memory
 * at a time, and a batch of them.
 */
final class ShardLoad {
    private static final int BATCH = 64;

    private ShardLoad() {
    }

    /** Loads the shards under {@code work} into {@code store}; returns the shared graphs' sizes. */
    static SharedGraphs.Counts load(String work, Configuration conf, EkgStore store, SharedGraphs shared, Iris iris) {
        try (BulkLoad load = store.bulkLoad()) {
            Batches batches = new Batches(load, iris);
            Shards.parse(work + "/" + Shards.ARTICLES, conf, batches);
            batches.flush();
            load.finish();
        }
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
