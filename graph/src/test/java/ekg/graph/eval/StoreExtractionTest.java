package ekg.graph.eval;

import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.eval.Evaluation;
import ekg.ingest.eval.Extraction;
import ekg.ingest.eval.GoldFile;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer's view of a real store, filled from the query fixture. */
class StoreExtractionTest {
    @TempDir
    static Path db;
    private static EkgStore store;
    private static StoreExtraction x;

    @BeforeAll
    static void load() {
        store = EkgStore.open(db);
        Txn.executeWrite(store.datasetGraph(), () -> RDFParser.source(Path.of("..", "queries", "tests", "fixture.trig"))
                .lang(Lang.TRIG).parse(store.datasetGraph()));
        x = StoreExtraction.read(store.dataset(), Iris.DEFAULT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void articlesAreNamedByTheirFileNames() {
        assertEquals(List.of("t01_hochwasser.txt", "t02_spenden.txt", "t03_sturm.txt", "t04_dank.txt"), x.articles());
        assertTrue(x.quotes("t02_spenden.txt").contains(new Extraction.ExtractedQuote("Die Lage bleibt angespannt",
                QuoteMode.DIRECT, null)));
    }

    @Test
    void formsResolveThroughTheMentionPhrases() {
        List<Extraction.Resolution> r = x.occurrences("t01_hochwasser.txt", "Berger");
        assertEquals(2, r.size(), "inside 'Anna Berger' and alone: " + r);
        assertTrue(r.stream().allMatch(o -> o.entityId().endsWith("/anna-berger") && o.type() == EntityType.PER));
        assertTrue(x.entityIds("DWD").iterator().next().endsWith("/deutscher-wetterdienst"));
    }

    @Test
    void scoresAGoldFileAgainstTheStore() {
        GoldFile gold = GoldFile.parse("""
                {"quotes": [
                  {"article": "t01_hochwasser.txt", "speaker": "Anna Berger", "mode": "direct", "contains": "niemanden allein"},
                  {"article": "t03_sturm.txt", "speaker": "Anna Berger", "mode": "direct", "contains": "Sicherheit geht vor"},
                  {"article": "t02_spenden.txt", "speaker": "Jonas Weber", "mode": "indirect", "contains": "der Kinder gehe vor"}],
                 "entities": [{"name": "Anna Berger", "type": "Person", "forms": ["Anna Berger", "Berger"]}]}
                """);
        Evaluation e = Evaluation.of(gold, x);
        assertEquals(1, e.quotes().recall().hits());
        assertEquals(1, e.quotes().indirectRecall().hits());
        assertTrue(e.report().contains("expected Anna Berger, got Clara Hoff (direct)"), e.report());
        assertEquals(1, e.entities().groups().hits());
    }
}
