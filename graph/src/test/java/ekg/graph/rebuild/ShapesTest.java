package ekg.graph.rebuild;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes catch what a broken mapping would write. */
class ShapesTest {
    static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX ekg: <https://ekg.dev/ns#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

    static DatasetGraph trig(String data) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + data, Lang.TRIG).parse(dsg);
        return dsg;
    }

    @Test
    void aQuoteWithoutTextAndAnUnknownModeViolates() {
        DatasetGraph dsg = trig("GRAPH <urn:ekg:g> { <urn:ekg:q> a schema:Quotation ; ekg:mode ekg:Shouted ;"
                + " nif:beginIndex 1 ; nif:endIndex 5 }");
        List<String> v = Shapes.load().violations(dsg, 20);
        assertTrue(v.stream().anyMatch(s -> s.contains("schema.org/text")), v::toString);
        assertTrue(v.stream().anyMatch(s -> s.contains("mode")), v::toString);
    }

    @Test
    void anEntityWithAPrefLabelFromTheKnowledgeBaseConforms() {
        DatasetGraph dsg = trig("GRAPH <urn:ekg:kb> { <urn:ekg:e> a schema:Person ;"
                + " <http://www.w3.org/2004/02/skos/core#prefLabel> 'Jens Stoltenberg'@de }");
        assertEquals(List.of(), Shapes.load().violations(dsg, 20));
    }

    @Test
    void anEventWithoutSourcesOrTypeAndABadTimeValueViolate() {
        DatasetGraph dsg = trig("PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> GRAPH <urn:ekg:g> {"
                + " <urn:ekg:e> a sem:Event ; sem:hasTimeStamp 'letzten Herbst' ."
                + " <urn:ekg:t> a ekg:TimeExpression ; nif:anchorOf 'im Juli' ; nif:beginIndex 1 ; nif:endIndex 8 ;"
                + " ekg:timeValue 'Juli' }");
        List<String> v = Shapes.load().violations(dsg, 20);
        assertTrue(v.stream().anyMatch(s -> s.contains("eventType")), v::toString);
        assertTrue(v.stream().anyMatch(s -> s.contains("wasDerivedFrom")), v::toString);
        assertTrue(v.stream().anyMatch(s -> s.contains("hasTimeStamp")), v::toString);
        assertTrue(v.stream().anyMatch(s -> s.contains("timeValue")), v::toString);
    }

    /** Broken data spread over graphs: a quote's parts in two, an entity typed in two, an event apart. */
    static final String BROKEN = "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>"
            + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " GRAPH <urn:ekg:a1> { <urn:ekg:q1> a schema:Quotation ; ekg:mode ekg:Shouted ; nif:beginIndex 1 ."
            + "   <urn:ekg:p> a schema:Person . <urn:ekg:o> a schema:Organization ; rdfs:label 'Rat' }"
            + " GRAPH <urn:ekg:a2> { <urn:ekg:q1> nif:endIndex 5 ; nif:endIndex 6 . <urn:ekg:p> a schema:Person ."
            + "   <urn:ekg:q2> a schema:Quotation ; ekg:mode ekg:Direct }"
            + " GRAPH <urn:ekg:linking> { <urn:ekg:e> a sem:Event ; ekg:outletCount 0 .  <urn:ekg:p> a schema:Organization }";

    @Test
    void theStreamedCheckFindsWhatJenasWholeGraphValidationFindsInATdb2Store(@TempDir Path dir) {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(PREFIXES + BROKEN, Lang.TRIG).parse(dsg));
        Set<String> whole = Txn.calculateRead(dsg, () -> {
            Graph shapes = RDFParser.source(getClass().getClassLoader().getResourceAsStream(Shapes.RESOURCE))
                    .lang(Lang.TURTLE).toGraph();
            Set<String> out = new HashSet<>();
            ShaclValidator.get().validate(shapes, dsg.getUnionGraph()).getEntries().forEach(e -> out.add(
                    e.focusNode() + ": " + e.message() + (e.resultPath() == null ? "" : " (" + e.resultPath() + ")")));
            return out;
        });
        List<String> streamed = Shapes.load().violations(dsg, 1000);
        assertTrue(whole.size() >= 8, whole::toString);
        assertEquals(whole, new HashSet<>(streamed));
        assertEquals(streamed.size(), new HashSet<>(streamed).size(), "each violation once");
    }

    @Test
    void itStopsAtTheNumberAskedFor() {
        DatasetGraph dsg = trig(BROKEN);
        assertEquals(3, Shapes.load().violations(dsg, 3).size());
    }

    @Test
    void instancesOfASubclassAreCheckedAsSHACLSays() {
        DatasetGraph dsg = trig("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> GRAPH <urn:ekg:g> {"
                + " <urn:ekg:Minister> rdfs:subClassOf schema:Person . <urn:ekg:m> a <urn:ekg:Minister> }");
        List<String> v = Shapes.load().violations(dsg, 20);
        assertTrue(v.stream().anyMatch(s -> s.startsWith("urn:ekg:m:")), v::toString);
    }
}
