package ekg.graph.rdf;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.RoleFact;
import ekg.ingest.doc.Span;
import ekg.ingest.read.Article;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams one extracted article into its own named graph: the article (a NIF context carrying its
 * text), the entities it names with every mention as a NIF phrase, and its quotes with the
 * {@code speaker ekg:said "text"@de} shortcut. Nothing is buffered; the sink decides where quads go.
 *
 * <pre>{@code
 * new DocToRdf(Iris.DEFAULT, provenance).write(article, doc, StreamRDFLib.writer(System.out));
 * }</pre>
 */
public final class DocToRdf {
    private final Iris iris;
    private final Provenance provenance;

    public DocToRdf(Iris iris, Provenance provenance) {
        this.iris = iris;
        this.provenance = provenance;
    }

    /** Writes {@code doc}, extracted from {@code article}, as quads of the article's graph. */
    public void write(Article article, Doc doc, StreamRDF out) {
        Quads q = new Quads(out, iris.articleGraph(doc.id()));
        Node a = iris.article(doc.id());
        writeArticle(q, a, article, doc);
        Map<Span, String> foundBy = new HashMap<>();
        if (doc.has(Layer.MENTIONS)) doc.mentions().forEach(m -> foundBy.putIfAbsent(m.span(), m.foundBy()));
        // An article left unextracted (not in German) has no layers: its graph holds the article node alone.
        if (doc.has(Layer.ENTITIES)) for (Entity e : doc.entities()) writeEntity(q, a, doc, e, foundBy);
        if (doc.has(Layer.QUOTES)) for (Quote quote : doc.quotes()) writeQuote(q, a, doc, quote);
        new EventsToRdf(iris).write(q, a, doc);
        if (doc.has(Layer.ROLES)) for (RoleFact r : doc.roles()) writeRole(q, a, doc, r);
    }

    private void writeArticle(Quads q, Node a, Article article, Doc doc) {
        Metadata m = doc.metadata();
        q.add(a, Vocab.TYPE, Vocab.Schema.NEWS_ARTICLE);
        q.add(a, Vocab.TYPE, Vocab.Nif.CONTEXT);
        q.add(a, Vocab.Schema.IDENTIFIER, Literals.string(doc.id()));
        sourceQuads(doc.id(), m).forEach(q::add);
        q.add(a, Vocab.Ekg.CONTENT_HASH, Literals.string(article.contentHash()));
        q.add(a, Vocab.Schema.IN_LANGUAGE, Literals.string(m.language()));
        m.title().ifPresent(t -> q.add(a, Vocab.Schema.HEADLINE, Literals.lang(t, m.language())));
        m.publisher().ifPresent(p -> q.add(a, Vocab.Schema.PUBLISHER, Literals.string(p)));
        m.published().ifPresent(d -> q.add(a, Vocab.Schema.DATE_PUBLISHED, Literals.date(d)));
        q.add(a, Vocab.Nif.IS_STRING, Literals.string(doc.text()));
        q.add(a, Vocab.Nif.BEGIN, Literals.integer(0));
        q.add(a, Vocab.Nif.END, Literals.integer(doc.text().length()));

        Node activity = iris.extraction(provenance.toolVersion());
        q.add(q.graph(), Vocab.Prov.WAS_DERIVED_FROM, a);
        q.add(q.graph(), Vocab.Prov.WAS_GENERATED_BY, activity);
        q.add(activity, Vocab.TYPE, Vocab.Prov.ACTIVITY);
        q.add(activity, Vocab.Ekg.TOOL_VERSION, Literals.string(provenance.toolVersion()));
        q.add(activity, Vocab.Ekg.MODELS, Literals.string(provenance.models()));
    }

    /**
     * The quads that say where an article was read from: its file, and its URL when it has none of its
     * own. They alone change when only the article's file moved.
     */
    public List<Quad> sourceQuads(String articleId, Metadata m) {
        Node g = iris.articleGraph(articleId);
        Node a = iris.article(articleId);
        return List.of(Quad.create(g, a, Vocab.Schema.URL, Literals.string(m.url().orElse(fileName(m.source())))),
                Quad.create(g, a, Vocab.Ekg.SOURCE_FILE, Literals.string(m.source())));
    }

    private void writeEntity(Quads q, Node a, Doc doc, Entity e, Map<Span, String> foundBy) {
        Node entity = iris.entity(e.key());
        Node type = typeOf(e.type());
        q.add(entity, Vocab.TYPE, type);
        q.add(entity, Vocab.LABEL, Literals.german(e.label()));
        Set<String> forms = new LinkedHashSet<>();
        for (Span s : e.mentions()) {
            String anchor = doc.cover(s);
            if (!anchor.equals(e.label())) forms.add(anchor);
            Node phrase = iris.span(doc.id(), s.begin(), s.end());
            q.add(phrase, Vocab.TYPE, Vocab.Nif.PHRASE);
            q.add(phrase, Vocab.Nif.ANCHOR_OF, Literals.string(anchor));
            q.add(phrase, Vocab.Nif.BEGIN, Literals.integer(s.begin()));
            q.add(phrase, Vocab.Nif.END, Literals.integer(s.end()));
            q.add(phrase, Vocab.Nif.REFERENCE_CONTEXT, a);
            q.add(phrase, Vocab.Its.IDENT_REF, entity);
            q.add(phrase, Vocab.Its.CLASS_REF, type);
            String how = foundBy.get(s);
            if (how != null) q.add(phrase, Vocab.Ekg.FOUND_BY, Literals.string(how));
        }
        forms.forEach(f -> q.add(entity, Vocab.ALT_LABEL, Literals.german(f)));
    }

    private void writeQuote(Quads q, Node a, Doc doc, Quote quote) {
        Span s = quote.span();
        Node node = iris.quote(doc.id(), s.begin(), s.end());
        Node text = Literals.german(quote.text());
        q.add(node, Vocab.TYPE, Vocab.Schema.QUOTATION);
        q.add(node, Vocab.Schema.TEXT, text);
        q.add(node, Vocab.Ekg.MODE, modeOf(quote));
        q.add(node, Vocab.Schema.IS_PART_OF, a);
        q.add(node, Vocab.Nif.BEGIN, Literals.integer(s.begin()));
        q.add(node, Vocab.Nif.END, Literals.integer(s.end()));
        q.add(node, Vocab.Nif.REFERENCE_CONTEXT, a);
        if (quote.cue() != null) q.add(node, Vocab.Ekg.CUE, Literals.string(quote.cue()));
        // Known here for free; a query would have to join every quote with every mention to find it.
        for (Entity e : doc.entities()) {
            if (e.mentions().stream().anyMatch(s::contains)) q.add(node, Vocab.Schema.MENTIONS, iris.entity(e.key()));
        }
        if (quote.hasSpeaker()) {
            Node speaker = iris.entity(quote.speakerKey());
            q.add(node, Vocab.Schema.SPOKEN_BY, speaker);
            q.add(speaker, Vocab.Ekg.SAID, text);
        }
    }

    /** A role from the text, as a W3C ORG membership that names the article it rests on. */
    private void writeRole(Quads q, Node a, Doc doc, RoleFact r) {
        Node m = iris.role(doc.id(), r.span().begin(), r.span().end());
        q.add(m, Vocab.TYPE, Vocab.Org.MEMBERSHIP);
        q.add(m, Vocab.Org.MEMBER, iris.entity(r.personKey()));
        q.add(m, Vocab.Org.ROLE, Literals.german(r.role()));
        if (r.orgKey() != null) q.add(m, Vocab.Org.ORGANIZATION, iris.entity(r.orgKey()));
        q.add(m, Vocab.Nif.ANCHOR_OF, Literals.string(doc.cover(r.span())));
        q.add(m, Vocab.Nif.BEGIN, Literals.integer(r.span().begin()));
        q.add(m, Vocab.Nif.END, Literals.integer(r.span().end()));
        q.add(m, Vocab.Nif.REFERENCE_CONTEXT, a);
    }

    static Node typeOf(EntityType t) {
        return switch (t) {
            case PER -> Vocab.Schema.PERSON;
            case ORG -> Vocab.Schema.ORGANIZATION;
            case LOC -> Vocab.Schema.PLACE;
            case OTH -> Vocab.Ekg.OTHER;
        };
    }

    private static Node modeOf(Quote quote) {
        return switch (quote.mode()) {
            case DIRECT -> Vocab.Ekg.DIRECT;
            case PARTIAL -> Vocab.Ekg.PARTIAL;
            case INDIRECT -> Vocab.Ekg.INDIRECT;
            case REPORTED -> Vocab.Ekg.REPORTED;
        };
    }

    private static String fileName(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
