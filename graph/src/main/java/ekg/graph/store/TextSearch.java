package ekg.graph.store;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The full-text index beside each generation (jena-text over Lucene): quote text ({@code schema:text},
 * the default field) and entity names ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel},
 * field "label"),
 * with German stemming, so "Partner" finds "Partnern". Every write through the wrapped dataset keeps
 * the index in step, deletes included (they need the uid field). Names are indexed from the shared
 * graphs only (linking graph, knowledge base), where every form of a name stands once: each article
 * graph repeats its entities' names, which made three in five documents of the index duplicates
 * (100k generated articles: 600k names in article graphs against 380k quotes).
 *
 * <pre>{@code
 * PREFIX text: <http://jena.apache.org/text#>
 * SELECT ?quote WHERE { ?quote text:query 'Sicherheit' }
 * SELECT DISTINCT ?e WHERE { ?e text:query (rdfs:label 'Stoltenberg') }
 * }</pre>
 */
public final class TextSearch {
    private static final Node SKOS_PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    /** The names the index reads into its "label" field; quote texts go into "text". */
    static final List<Node> NAMES = List.of(Vocab.LABEL, Vocab.ALT_LABEL, SKOS_PREF_LABEL);
    private TextSearch() {
    }

    /** {@code dsg} with a Lucene index in {@code dir} (created when missing); closing the dataset closes the index. */
    public static DatasetGraph wrap(DatasetGraph dsg, Path dir, Iris iris) {
        try {
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
            return TextDatasetFactory.create(dsg, index, true, new Producer(index, iris));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    /** The index of a dataset {@link #wrap} made. */
    static TextIndex index(DatasetGraph wrapped) {
        return ((DatasetGraphText) wrapped).getTextIndex();
    }

    /**
     * False for a name in an article graph; true otherwise (whether the predicate is indexed at all is
     * jena-text's to decide). Asked for every quad a bulk load writes, so the graph is looked at last.
     */
    static boolean indexed(Iris iris, Node g, Node p) {
        boolean name = NAMES.contains(p);
        return !name || g == null || !g.isURI() || iris.articleIdOfGraph(g.getURI()) == null;
    }

    /** Jena's producer, told which quads to leave out. */
    private static final class Producer extends TextDocProducerTriples {
        private final Iris iris;

        Producer(TextIndex index, Iris iris) {
            super(index);
            this.iris = iris;
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (indexed(iris, g, p)) super.change(action, g, s, p, o);
        }
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", "text", Vocab.Schema.TEXT);
        NAMES.forEach(name -> def.set("label", name));
        // Without a uid field jena-text cannot delete, and a replaced article would leave stale hits.
        def.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new GermanAnalyzer());
        return config;
    }
}
