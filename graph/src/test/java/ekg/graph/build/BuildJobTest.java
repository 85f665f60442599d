package ekg.graph.build;

import ekg.graph.rdf.DocToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Provenance;
import ekg.graph.store.EkgStore;
import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Metadata;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.pipeline.Stage;
import ekg.ingest.read.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real TDB2 store and several threads; a stage that throws on one article. */
class BuildJobTest {

    /** Adds the empty layers DocToRdf reads, and fails on any article whose text says so. */
    static final Stage TOUCHY = new Stage() {
        public String name() { return "touchy"; }
        public Set<Layer> requires() { return Set.of(Layer.TEXT); }
        public Set<Layer> provides() { return Set.of(Layer.ENTITIES, Layer.QUOTES); }
        public Doc process(Doc doc) {
            if (doc.text().contains("Bombe")) throw new IllegalStateException("cannot handle this article");
            return doc.withEntities(List.of()).withQuotes(List.of());
        }
    };

    static Article article(String id, String text) {
        return Article.of(id, text, Metadata.builder(id + ".txt").build());
    }

    @Test
    void anArticleThatMakesAStageThrowIsReportedAndTheRestIsStored(@TempDir Path dir) {
        Extractor extractor = new Extractor(Pipeline.builder().add(TOUCHY).build(),
                new DocToRdf(Iris.DEFAULT, new Provenance("ekg-test", "none")));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) articles.add(article("a" + i, i == 17 ? "Eine Bombe im Text." : "Text " + i + "."));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            BuildJob job = new BuildJob(extractor, store, 2, new PrintStream(log, true, StandardCharsets.UTF_8));
            BuildReport report = job.run(articles.iterator(), new ArrayList<>());
            assertEquals(50, report.read());
            assertEquals(49, report.stored());
            assertEquals(1, report.failures().size());
            BuildReport.Failure f = report.failures().get(0);
            assertEquals("a17.txt", f.input());
            assertTrue(f.reason().contains("touchy") && f.reason().contains("cannot handle this article"), f::reason);
            assertEquals(49, store.articleIds().size());
            assertFalse(store.articleIds().contains("a17"));
        }
    }

    @Test
    void failingFastStopsTheRunAtTheFirstFailureNamingIt(@TempDir Path dir) {
        Extractor extractor = new Extractor(Pipeline.builder().add(TOUCHY).build(),
                new DocToRdf(Iris.DEFAULT, new Provenance("ekg-test", "none")));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) articles.add(article("a" + i, i == 3 ? "Eine Bombe im Text." : "Text " + i + "."));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            BuildJob job = new BuildJob(extractor, store, 2, new PrintStream(log, true, StandardCharsets.UTF_8))
                    .onError(FailureHandler.OnError.FAIL);
            List<BuildReport.Failure> failures = new ArrayList<>();
            FailureHandler.BatchStopped e = assertThrows(FailureHandler.BatchStopped.class,
                    () -> job.run(articles.iterator(), failures));
            assertTrue(e.getMessage().contains("a3.txt") && e.getMessage().contains("cannot handle this article"), e::getMessage);
            assertEquals(1, failures.size());
            assertTrue(store.articleIds().size() < 49, "the run stopped early: " + store.articleIds().size());
        }
    }
}
