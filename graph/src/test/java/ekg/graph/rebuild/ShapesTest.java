package ekg.graph.rebuild;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
