package ekg.graph.eval;

import ekg.ingest.eval.Extraction.TriggerMention;
import org.apache.jena.query.Dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the event mentions of the article graphs: trigger span, type, the labels of their actors
 * ({@code rdfs:label} and {@code skos:altLabel}, from any graph) and the sem:Event that names each.
 */
final class StoredTriggers {
    private static final class Builder {
        String article;
        int begin;
        int end;
        String type;
        String event;
        final Set<String> labels = new TreeSet<>();
    }

    private StoredTriggers() {}

    /** Event mentions by article file name, in text order. */
    static Map<String, List<TriggerMention>> read(Dataset ds, Map<String, String> articleNames) {
        Map<String, Builder> byIri = new LinkedHashMap<>();
        Map<String, Set<String>> actorsOf = new HashMap<>();
        StoreExtraction.select(ds, "SELECT ?m ?a ?b ?e ?type ?actor WHERE { GRAPH ?g { ?m a ekg:EventMention ; "
                + "nif:beginIndex ?b ; nif:endIndex ?e ; sem:eventType ?type ; schema:isPartOf ?a . "
                + "OPTIONAL { ?m sem:hasActor ?actor } } }", s -> {
            Builder m = byIri.computeIfAbsent(StoreExtraction.iri(s, "m"), k -> new Builder());
            m.article = articleNames.get(StoreExtraction.iri(s, "a"));
            m.begin = s.getLiteral("b").getInt();
            m.end = s.getLiteral("e").getInt();
            String t = StoreExtraction.iri(s, "type");
            m.type = t.substring(Math.max(t.lastIndexOf('#'), t.lastIndexOf('/')) + 1);
            String actor = StoreExtraction.iri(s, "actor");
            if (actor != null) actorsOf.computeIfAbsent(StoreExtraction.iri(s, "m"), k -> new TreeSet<>()).add(actor);
        });
        Map<String, Set<String>> labels = new HashMap<>();
        StoreExtraction.select(ds, "SELECT DISTINCT ?actor ?l WHERE { GRAPH ?g { ?m a ekg:EventMention ; sem:hasActor ?actor } "
                + "GRAPH ?h { ?actor rdfs:label|skos:altLabel ?l } }",
                s -> labels.computeIfAbsent(StoreExtraction.iri(s, "actor"), k -> new TreeSet<>()).add(s.getLiteral("l").getLexicalForm()));
        StoreExtraction.select(ds, "SELECT ?ev ?m WHERE { GRAPH ?g { ?ev ekg:mention ?m } }", s -> {
            Builder m = byIri.get(StoreExtraction.iri(s, "m"));
            if (m != null) m.event = StoreExtraction.iri(s, "ev");
        });
        Map<String, List<TriggerMention>> out = new HashMap<>();
        byIri.forEach((iri, m) -> {
            if (m.article == null) return;
            actorsOf.getOrDefault(iri, Set.of()).forEach(a -> m.labels.addAll(labels.getOrDefault(a, Set.of())));
            out.computeIfAbsent(m.article, k -> new ArrayList<>()).add(new TriggerMention(m.begin, m.end, m.type,
                    Set.copyOf(m.labels), m.event));
        });
        out.values().forEach(l -> l.sort(Comparator.comparingInt(TriggerMention::begin).thenComparingInt(TriggerMention::end)));
        return out;
    }
}
