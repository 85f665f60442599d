package ekg.graph.store;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;

import java.util.List;

/**
 * Feeds a generation's text index with quads written around it (by a bulk loader, which skips the
 * index), each as the wrapped dataset would have indexed it, then commits once.
 *
 * <pre>{@code
 * TextFeed feed = store.textFeed(); quads.forEach(feed::add); feed.commit();
 * }</pre>
 */
public final class TextFeed {
    /** How an N-Quads line spells the predicates the index reads: names, and quote texts. */
    private static final String TEXT = "<" + Vocab.Schema.TEXT.getURI() + ">";
    private static final List<String> NAMES = TextSearch.NAMES.stream().map(n -> "<" + n.getURI() + ">").toList();

    private final TextIndex text;
    private final EntityDefinition fields;
    private final Iris iris;

    TextFeed(TextIndex text, Iris iris) {
        this.text = text;
        this.fields = text.getDocDef();
        this.iris = iris;
    }

    public void add(Quad q) {
        if (!TextSearch.indexed(iris, q.getGraph(), q.getPredicate())) return;
        Entity e = TextQueryFuncs.entityFromQuad(fields, q);
        if (e != null) text.addEntity(e);
    }

    /**
     * Whether an N-Quads line may hold a quad this feed indexes: it names an indexed predicate. A reader of
     * shards skips the other lines unparsed.
     */
    public boolean mayIndex(String nquadsLine) {
        return nquadsLine.contains(TEXT) || NAMES.stream().anyMatch(nquadsLine::contains);
    }

    /** The same for a line of an article graph, whose names are not indexed ({@link TextSearch#indexed}): quote texts. */
    public boolean mayIndexInArticle(String nquadsLine) {
        return nquadsLine.contains(TEXT);
    }

    public void commit() {
        text.prepareCommit();
        text.commit();
    }
}
