package ekg.graph.eval;

import ekg.graph.link.Containment;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.eval.Extraction;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a built store holds, read once with SPARQL into the neutral {@link Extraction} view that the
 * gold-file scorer works over: articles by file name, quotes, mention phrases, labels and events.
 *
 * <pre>{@code
 * Extraction x = StoreExtraction.read(store.dataset(), Iris.DEFAULT);
 * }</pre>
 */
public final class StoreExtraction implements Extraction {
    private final Map<String, StoredArticle> byName = new TreeMap<>();
    private final Map<String, String> nameOfIri = new HashMap<>();
    private final Map<String, Set<String>> idsByLabel = new HashMap<>();
    private final Map<String, String> labelOf = new HashMap<>();
    private final Map<String, Set<String>> labels = new HashMap<>();
    private final Containment containment = new Containment();
    private final List<ExtractedEvent> events;
    private final Map<String, List<TriggerMention>> triggers;

    private StoreExtraction(Dataset ds, Iris iris) {
        readArticles(ds);
        readQuotes(ds);
        readPhrases(ds);
        readLabels(ds, iris);
        select(ds, "SELECT ?in ?out WHERE { GRAPH ?g { ?in schema:containedInPlace ?out } }",
                s -> containment.add(iri(s, "in"), iri(s, "out")));
        events = StoredEvents.read(ds, iris, nameOfIri);
        triggers = StoredTriggers.read(ds, nameOfIri);
    }

    /** Reads everything the scorer needs, in one read transaction. */
    public static StoreExtraction read(Dataset ds, Iris iris) {
        return Txn.calculateRead(ds, () -> new StoreExtraction(ds, iris));
    }

    private void readArticles(Dataset ds) {
        select(ds, "SELECT ?a ?src ?text WHERE { GRAPH ?g { ?a a schema:NewsArticle ; ekg:sourceFile ?src ; "
                + "nif:isString ?text } }", s -> {
            String src = s.getLiteral("src").getString().replace('\\', '/');
            String name = src.substring(src.lastIndexOf('/') + 1);
            byName.put(name, new StoredArticle(s.getLiteral("text").getString()));
            nameOfIri.put(iri(s, "a"), name);
        });
    }

    private void readQuotes(Dataset ds) {
        select(ds, "SELECT ?a ?text ?mode ?who WHERE { GRAPH ?g { ?q a schema:Quotation ; schema:isPartOf ?a ; "
                + "schema:text ?text ; ekg:mode ?mode . OPTIONAL { ?q schema:spokenByCharacter ?who } } }", s -> {
            StoredArticle a = article(s);
            if (a == null) return;
            String mode = iri(s, "mode").substring(Vocab.EKG.length()).toUpperCase(Locale.ROOT);
            a.quotes.add(new ExtractedQuote(s.getLiteral("text").getString(), QuoteMode.valueOf(mode),
                    s.contains("who") ? iri(s, "who") : null));
        });
    }

    private void readPhrases(Dataset ds) {
        select(ds, "SELECT ?a ?b ?e ?ent ?cls WHERE { GRAPH ?g { ?p a nif:Phrase ; nif:referenceContext ?a ; "
                + "nif:beginIndex ?b ; nif:endIndex ?e . OPTIONAL { ?p itsrdf:taIdentRef ?ent } "
                + "OPTIONAL { ?p itsrdf:taClassRef ?cls } } }", s -> {
            StoredArticle a = article(s);
            if (a == null) return;
            a.phrases.add(new StoredArticle.Phrase(s.getLiteral("b").getInt(), s.getLiteral("e").getInt(),
                    s.contains("ent") ? iri(s, "ent") : null, s.contains("cls") ? type(iri(s, "cls")) : null));
        });
    }

    private void readLabels(Dataset ds, Iris iris) {
        String prefix = iris.entity("x").getURI();
        String entities = prefix.substring(0, prefix.length() - 1);
        select(ds, "SELECT ?e ?l ?main WHERE { GRAPH ?g { { ?e rdfs:label|skos:prefLabel ?l BIND(true AS ?main) } UNION "
                + "{ ?e skos:altLabel ?l BIND(false AS ?main) } } }", s -> {
            String e = iri(s, "e");
            if (e == null || !e.startsWith(entities)) return;
            String l = s.getLiteral("l").getString();
            idsByLabel.computeIfAbsent(l, k -> new HashSet<>()).add(e);
            labels.computeIfAbsent(e, k -> new TreeSet<>()).add(l);
            if (s.getLiteral("main").getBoolean()) labelOf.merge(e, l, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        });
    }

    private StoredArticle article(QuerySolution s) {
        String name = nameOfIri.get(iri(s, "a"));
        return name == null ? null : byName.get(name);
    }

    static void select(Dataset ds, String body, Consumer<QuerySolution> row) {
        StringBuilder q = new StringBuilder();
        Vocab.prefixes().getNsPrefixMap().forEach((p, ns) -> q.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        q.append("PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n").append(body);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q.toString()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) row.accept(rs.next());
        }
    }

    static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static EntityType type(String cls) {
        if (cls == null) return null;
        if (cls.equals(Vocab.Schema.PERSON.getURI())) return EntityType.PER;
        if (cls.equals(Vocab.Schema.ORGANIZATION.getURI())) return EntityType.ORG;
        if (cls.equals(Vocab.Schema.PLACE.getURI())) return EntityType.LOC;
        return EntityType.OTH;
    }

    @Override
    public List<String> articles() {
        return List.copyOf(byName.keySet());
    }

    @Override
    public List<ExtractedQuote> quotes(String article) {
        StoredArticle a = byName.get(article);
        return a == null ? List.of() : List.copyOf(a.quotes);
    }

    @Override
    public List<Resolution> occurrences(String article, String form) {
        StoredArticle a = byName.get(article);
        return a == null ? List.of() : a.occurrences(form);
    }

    @Override
    public String text(String article) {
        StoredArticle a = byName.get(article);
        return a == null ? "" : a.text;
    }

    @Override
    public List<MentionSpan> mentions(String article) {
        StoredArticle a = byName.get(article);
        return a == null ? List.of() : a.mentions();
    }

    @Override
    public List<TriggerMention> eventMentions(String article) {
        return triggers.getOrDefault(article, List.of());
    }

    @Override
    public Set<String> labels(String entityId) {
        return labels.getOrDefault(entityId, Set.of(labelOf(entityId)));
    }

    @Override
    public List<ExtractedEvent> events() {
        return events;
    }

    @Override
    public Set<String> entityIds(String name) {
        return Set.copyOf(idsByLabel.getOrDefault(name.strip().replaceAll("\\s+", " "), Set.of()));
    }

    @Override
    public String labelOf(String entityId) {
        return labelOf.getOrDefault(entityId, entityId.substring(entityId.lastIndexOf('/') + 1));
    }

    @Override
    public boolean within(String inner, String outer) {
        return containment.within(inner, outer);
    }
}
