package ekg.graph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.regex.Pattern;

/**
 * Mints every IRI ekg writes, from stable keys only (article ids, entity keys, character offsets), so
 * a rebuild of the same input yields the same IRIs and a golden diff is exact.
 *
 * <pre>{@code
 * Iris iris = Iris.DEFAULT;
 * Node a = iris.article("000_a5c48a036b68ea7d");       // https://ekg.dev/id/article/000_a5c48a036b68ea7d
 * Node g = iris.articleGraph("000_a5c48a036b68ea7d");  // https://ekg.dev/graph/article/000_a5c48a036b68ea7d
 * }</pre>
 */
public final class Iris {
    public static final Iris DEFAULT = new Iris("https://ekg.dev/");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    private final String base;

    public Iris(String base) {
        if (base == null || !base.endsWith("/")) throw new IllegalArgumentException("base must end with '/': " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Node article(String articleId) {
        return node("id/article/" + safe(articleId));
    }

    public Node articleGraph(String articleId) {
        return node("graph/article/" + safe(articleId));
    }

    /** The graph holding facts about the store itself (when each article graph was written). */
    public Node metaGraph() {
        return node("graph/meta");
    }

    /** The graph of cross-article facts: canonical entities, events, utterances. */
    public Node linkingGraph() {
        return node("graph/linking");
    }

    /** The graph numbering the items of each listing into pages ({@code ekg:onPage}). */
    public Node pagesGraph() {
        return node("graph/pages");
    }

    /** The graph holding the knowledge base of known entities. */
    public Node kbGraph() {
        return node("graph/kb");
    }

    /**
     * Page {@code number} (from 1) of a listing: of every item ({@code kind} "all") or of one kind's
     * items (an event type, lower case). Queries build this IRI from their parameters, so its shape is
     * fixed: {@code https://ekg.dev/id/page/quotes/all/3}.
     */
    public Node page(String listing, String kind, long number) {
        return node("id/page/" + safe(listing) + "/" + safe(kind) + "/" + number);
    }

    /** One thing said, that the quotes of several articles may report. */
    public Node utterance(String key) {
        return node("id/utterance/" + safe(key));
    }

    /** One real-world event, that several articles may report. */
    public Node event(String key) {
        return node("id/event/" + safe(key));
    }

    /** One article's report of an event: the article with the trigger's character range. */
    public Node eventMention(String articleId, int begin, int end) {
        return node("id/event-mention/" + safe(articleId) + "#char=" + begin + "," + end);
    }

    /** The article id of an event mention IRI this minter made, or null. */
    public String articleIdOfEventMention(Node mention) {
        String prefix = base + "id/event-mention/";
        if (!mention.isURI() || !mention.getURI().startsWith(prefix)) return null;
        String rest = mention.getURI().substring(prefix.length());
        int hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    public Node entity(String key) {
        return node("id/entity/" + safe(key));
    }

    /** The key of an entity IRI this minter made, or null. */
    public String entityKey(Node entity) {
        String prefix = base + "id/entity/";
        return entity.isURI() && entity.getURI().startsWith(prefix) ? entity.getURI().substring(prefix.length()) : null;
    }

    /** A role someone holds, from the knowledge base. */
    public Node membership(String personKey, String orgKey, int index) {
        return node("id/membership/" + safe(personKey) + "/" + safe(orgKey) + "/" + index);
    }

    /** A NIF phrase: the article IRI with an RFC 5147 character fragment. */
    public Node span(String articleId, int begin, int end) {
        return node("id/article/" + safe(articleId) + "#char=" + begin + "," + end);
    }

    /** A role an article gives a person, at the role phrase's offsets. */
    public Node role(String articleId, int begin, int end) {
        return node("id/role/" + safe(articleId) + "#char=" + begin + "," + end);
    }

    public Node quote(String articleId, int begin, int end) {
        return node("id/quote/" + safe(articleId) + "#char=" + begin + "," + end);
    }

    /** The extraction activity of one tool version with one set of models. */
    public Node extraction(String toolVersion) {
        return node("id/extraction/" + safe(toolVersion));
    }

    /** The article id an article graph IRI names, or null when the IRI is no article graph. */
    public String articleIdOfGraph(String graphIri) {
        String prefix = base + "graph/article/";
        return graphIri.startsWith(prefix) ? graphIri.substring(prefix.length()) : null;
    }

    private Node node(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static String safe(String key) {
        if (!SAFE.matcher(key).matches()) {
            throw new IllegalArgumentException("key is not IRI-safe: '" + key + "' (allowed: A-Z a-z 0-9 . _ ~ -)");
        }
        return key;
    }
}
