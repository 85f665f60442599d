package ekg.graph.eval;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import ekg.ingest.eval.Extraction.ExtractedEvent;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the SEM event nodes of the linking graph: type, actors, places, time stamps and the articles
 * each rests on.
 */
final class StoredEvents {
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private static final class Builder {
        String type;
        final Set<String> actors = new HashSet<>();
        final Set<String> places = new HashSet<>();
        final Set<String> articles = new HashSet<>();
        String stamp;
        String begin;
        String end;
    }

    private StoredEvents() {}

    static List<ExtractedEvent> read(Dataset ds, Iris iris, Map<String, String> articleNames) {
        Map<String, Builder> events = new LinkedHashMap<>();
        String g = "<" + iris.linkingGraph().getURI() + ">";
        StoreExtraction.select(ds, "SELECT ?e ?t WHERE { GRAPH " + g + " { ?e a sem:Event . OPTIONAL { ?e sem:eventType ?t } } }",
                s -> events.computeIfAbsent(StoreExtraction.iri(s, "e"), k -> new Builder()).type = local(StoreExtraction.iri(s, "t")));
        StoreExtraction.select(ds, "SELECT ?e ?p ?o WHERE { GRAPH " + g + " { ?e a sem:Event ; ?p ?o } }", s -> {
            Builder b = events.get(StoreExtraction.iri(s, "e"));
            if (b != null) add(b, StoreExtraction.iri(s, "p"), s, articleNames);
        });
        List<ExtractedEvent> out = new ArrayList<>();
        events.forEach((id, b) -> out.add(new ExtractedEvent(id, b.type, Set.copyOf(b.actors), Set.copyOf(b.places),
                b.stamp, b.begin, b.end, Set.copyOf(b.articles))));
        return List.copyOf(out);
    }

    private static void add(Builder b, String p, QuerySolution s, Map<String, String> articleNames) {
        String o = StoreExtraction.iri(s, "o");
        String lex = s.get("o").isLiteral() ? s.getLiteral("o").getLexicalForm() : null;
        switch (p.startsWith(SEM) ? p.substring(SEM.length()) : p) {
            case "hasActor" -> { if (o != null) b.actors.add(o); }
            case "hasPlace" -> { if (o != null) b.places.add(o); }
            case "hasTimeStamp" -> b.stamp = lex;
            case "hasBeginTimeStamp" -> b.begin = lex;
            case "hasEndTimeStamp" -> b.end = lex;
            case Vocab.PROV + "wasDerivedFrom" -> {
                if (o != null) b.articles.add(articleNames.getOrDefault(o, o));
            }
            default -> { }
        }
    }

    private static String local(String iri) {
        if (iri == null) return null;
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }
}
