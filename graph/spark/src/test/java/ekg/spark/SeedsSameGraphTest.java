package ekg.spark;

import ekg.graph.cli.Ekg;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import ekg.graph.store.EkgStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark build of the seeds in local mode gives the very dataset {@code ekg build} gives: the same quads
 * in every graph (articles, linking, knowledge base, pages), only the load times of the meta graph aside.
 */
@ExtendWith(LocalSpark.class)
class SeedsSameGraphTest {
    private static final String SEEDS = "../../seeds";

    @TempDir
    static Path tmp;

    @Test
    void sparkBuildGivesTheQuadsOfEkgBuild() throws Exception {
        assertSameGraph(SEEDS, tmp);
    }

    /** Builds {@code input} with {@code ekg build} and with the Spark job in local mode, and compares every quad. */
    static void assertSameGraph(String input, Path tmp) throws Exception {
        Path local = tmp.resolve("build");
        Path spark = tmp.resolve("spark");
        assertEquals(0, Ekg.commandLine().execute("build", input, "--db", local.toString()));
        assertEquals(0, SparkBuild.run("--master", "local[2]", input, "--db", spark.toString(),
                "--work", tmp.resolve("work").toUri().toString()));

        Set<String> expected = quads(local);
        Set<String> actual = quads(spark);
        assertTrue(expected.stream().noneMatch(q -> q.contains("_:")), "the graph has no blank nodes, so sets compare");
        assertTrue(expected.stream().anyMatch(q -> q.endsWith("<" + Iris.DEFAULT.linkingGraph().getURI() + "> .")),
                "the linking graph is part of the comparison");
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "quads of ekg build missing from the Spark build");
        assertEquals(Set.of(), extra, "quads of the Spark build that ekg build does not have");
        assertFalse(Files.readString(spark.resolve("rebuild-report.json")).isEmpty());
    }

    /** Every quad of the live generation, as N-Quads lines; load times in the meta graph made equal. */
    static Set<String> quads(Path db) {
        Node loaded = NodeFactory.createLiteralString("loaded");
        try (EkgStore store = EkgStore.open(db)) {
            return Txn.calculateRead(store.datasetGraph(), () -> {
                Set<String> out = new TreeSet<>();
                Iterator<Quad> it = store.datasetGraph().find();
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.getPredicate().equals(Vocab.Prov.GENERATED_AT)) {
                        q = Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), loaded);
                    }
                    out.add(Shards.line(q));
                }
                return out;
            });
        }
    }
}
