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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer's view of a real store, filled from the query fixture. */
class StoreExtractionTest {
    /** An event mention in an article graph, its actor's labels there and in the linking graph, and the node it joins. */
    private static final String EVENT = """
            @prefix ekg: <https://ekg.dev/ns#> .
            @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix schema: <http://schema.org/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://ekg.dev/graph/article/t03_sturm> {
              <https://ekg.dev/id/event-mention/t03_sturm#char=4,9> a ekg:EventMention ; sem:eventType ekg:Accident ;
                  schema:isPartOf <https://ekg.dev/id/article/t03_sturm> ; nif:beginIndex 4 ; nif:endIndex 9 ;
                  sem:hasActor <https://ekg.dev/id/entity/deutscher-wetterdienst> .
            }
            <https://ekg.dev/graph/linking> {
              <https://ekg.dev/id/entity/deutscher-wetterdienst> skos:altLabel "Wetterdienst" .
              <https://ekg.dev/id/event/sturm> a sem:Event ; ekg:mention <https://ekg.dev/id/event-mention/t03_sturm#char=4,9> .
            }
            """;

    @TempDir
    static Path db;
    private static EkgStore store;
    private static StoreExtraction x;

    @BeforeAll
    static void load() {
        store = EkgStore.open(db);
        Txn.executeWrite(store.datasetGraph(), () -> {
            RDFParser.source(Path.of("..", "queries", "tests", "fixture.trig")).lang(Lang.TRIG).parse(store.datasetGraph());
            RDFParser.fromString(EVENT, Lang.TRIG).parse(store.datasetGraph());
        });
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
    void mentionsEventMentionsAndLabelsAreReadForTheDevelopmentSets() {
        List<Extraction.MentionSpan> m = x.mentions("t01_hochwasser.txt");
        assertEquals(new Extraction.MentionSpan(14, 22, "https://ekg.dev/id/entity/lindenau", EntityType.LOC), m.get(0));
        assertTrue(m.stream().anyMatch(s -> s.begin() == 118 && s.entityId().endsWith("/anna-berger")));
        assertEquals("Lindenau", x.text("t01_hochwasser.txt").substring(14, 22));
        assertEquals(Set.of("Anna Berger", "Berger"), x.labels("https://ekg.dev/id/entity/anna-berger"));
        List<Extraction.TriggerMention> t = x.eventMentions("t03_sturm.txt");
        assertEquals(2, t.size(), "the fixture's own Statement and this one, in text order: " + t);
        assertEquals("Accident", t.get(0).type());
        assertEquals("Statement", t.get(1).type());
        assertEquals("https://ekg.dev/id/event/sturm", t.get(0).eventId());
        assertTrue(t.get(0).actorLabels().contains("Wetterdienst"), "labels from any graph: " + t.get(0).actorLabels());
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
