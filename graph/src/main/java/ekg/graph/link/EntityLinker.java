package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One canonical node per entity across all articles: the type most articles give it, one preferred
 * label (the knowledge base's name, else the most frequent full name), every other form as an
 * alternative label with the reason it was merged, its Wikidata id, and the articles it rests on.
 *
 * <pre>{@code
 * new LinkingGraph(iris, List.of(new EntityLinker(iris, KnowledgeBase.builtIn()))).rebuild(dsg);
 * }</pre>
 */
public final class EntityLinker implements Linker {
    private final Iris iris;
    private final KnowledgeBase kb;

    public EntityLinker(Iris iris, KnowledgeBase kb) {
        this.iris = iris;
        this.kb = kb;
    }

    @Override
    public String name() {
        return "entities";
    }

    /** What the article graphs say about one entity. */
    private static final class Seen {
        final Map<Node, Integer> types = new HashMap<>();
        final Map<String, Integer> labels = new HashMap<>();
        final TreeSet<String> forms = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();
    }

    @Override
    public void link(DatasetGraph articles, StreamRDF out) {
        Map<Node, Seen> seen = new TreeMap<>(Comparator.comparing(Node::getURI));
        Iterator<Quad> it = articles.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            String article = iris.articleIdOfGraph(q.getGraph().getURI());
            if (article == null || iris.entityKey(q.getSubject()) == null) continue;
            Seen s = seen.computeIfAbsent(q.getSubject(), k -> new Seen());
            s.articles.add(article);
            Node p = q.getPredicate();
            if (p.equals(Vocab.TYPE)) s.types.merge(q.getObject(), 1, Integer::sum);
            else if (p.equals(Vocab.LABEL)) s.labels.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum);
            else if (p.equals(Vocab.ALT_LABEL)) s.forms.add(q.getObject().getLiteralLexicalForm());
        }
        seen.forEach((entity, s) -> write(entity, s, out));
    }

    private void write(Node entity, Seen s, StreamRDF out) {
        KbEntry k = kb.get(iris.entityKey(entity));
        s.types.entrySet().stream().max(Map.Entry.<Node, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().getURI(), Comparator.reverseOrder()))
                .ifPresent(t -> out.triple(Triple.create(entity, Vocab.TYPE, t.getKey())));
        String pref = k != null ? k.name() : mostFrequent(s.labels);
        out.triple(Triple.create(entity, Vocab.PREF_LABEL, Literals.german(pref)));
        TreeSet<String> others = new TreeSet<>(s.forms);
        others.addAll(s.labels.keySet());
        others.remove(pref);
        for (String f : others) {
            out.triple(Triple.create(entity, Vocab.ALT_LABEL, Literals.german(f)));
            out.triple(Triple.create(entity, Vocab.Ekg.MERGE_REASON, Literals.string(reason(f, pref, k))));
        }
        if (k != null && k.wikidata() != null) {
            out.triple(Triple.create(entity, Vocab.SAME_AS, NodeFactory.createURI(Vocab.WIKIDATA + k.wikidata())));
        }
        for (String a : s.articles) out.triple(Triple.create(entity, Vocab.Prov.WAS_DERIVED_FROM, iris.article(a)));
    }

    private String reason(String form, String pref, KbEntry k) {
        if (k != null && k.names().stream().anyMatch(n -> n.equalsIgnoreCase(form))) {
            return "'" + form + "' is a name of '" + pref + "' in the knowledge base";
        }
        if (k != null && !kb.byName(form.replaceFirst("(s|'|’)$", "")).isEmpty()) {
            return "'" + form + "' is a genitive of a name of '" + pref + "' in the knowledge base";
        }
        return "'" + form + "' was resolved to '" + pref + "' within an article (short form, genitive, spelling"
                + " variant or role held at the article's date)";
    }

    /** The most frequent label; ties go to the longest, then the first in alphabetical order. */
    private static String mostFrequent(Map<String, Integer> labels) {
        return labels.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("?");
    }
}
