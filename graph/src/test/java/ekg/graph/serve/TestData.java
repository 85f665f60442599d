package ekg.graph.serve;

import ekg.graph.rdf.Iris;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.EkgStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made datasets for server tests that need no models, and a copy of some seed articles. */
final class TestData {
    static final Node P = NodeFactory.createURI("urn:ekg:p");
    static final Node TEXT = NodeFactory.createURI("http://schema.org/text");

    private TestData() {
    }

    /** A dataset in {@code db} with {@code n} articles of {@code triples} triples each, and a quote in article 0. */
    static void articles(Path db, int n, int triples) {
        Iris iris = Iris.DEFAULT;
        try (EkgStore store = EkgStore.open(db)) {
            List<ArticleQuads> all = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                String id = "a" + a;
                List<Quad> quads = new ArrayList<>();
                for (int t = 0; t < triples; t++) {
                    quads.add(Quad.create(iris.articleGraph(id), iris.article(id), P, NodeFactory.createLiteralString("v" + t)));
                }
                if (a == 0) {
                    quads.add(Quad.create(iris.articleGraph(id), iris.quote(id, 0, 10), TEXT,
                            NodeFactory.createLiteralLang("Unsere Partner bleiben verlässlich.", "de")));
                }
                all.add(new ArticleQuads(id, quads));
            }
            store.replace(all);
        }
    }

    /** The first {@code n} seed articles, copied into a new folder. */
    static Path seeds(Path dir, int n) throws IOException {
        Path out = Files.createDirectories(dir);
        try (var files = Files.list(Path.of("../seeds"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(n).toList()) Files.copy(f, out.resolve(f.getFileName()));
        }
        return out;
    }

    /** A password file in Fuseki's format. */
    static Path passwords(Path dir) throws IOException {
        return Files.writeString(dir.resolve("passwd"), "analyst: s3cret\n");
    }
}
