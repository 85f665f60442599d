package ekg.graph.build;

import ekg.graph.rdf.DocToRdf;
import ekg.graph.store.ArticleQuads;
import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Metadata;
import ekg.ingest.opennlp.Languages;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.read.Article;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Article in, quads out: a pure function of the article and the models, safe to call from many
 * threads, so that the same code can run under an executor today and a cluster later.
 */
public final class Extractor {
    private final Pipeline pipeline;
    private final DocToRdf mapping;
    private final Guard guard;
    private final boolean anyLanguage;

    public Extractor(Pipeline pipeline, DocToRdf mapping) {
        this(pipeline, mapping, Guard.DEFAULT, false);
    }

    /** With {@code anyLanguage}, every article is extracted as German, whatever language it is in. */
    public Extractor(Pipeline pipeline, DocToRdf mapping, Guard guard, boolean anyLanguage) {
        this.pipeline = pipeline;
        this.mapping = mapping;
        this.guard = guard;
        this.anyLanguage = anyLanguage;
    }

    /**
     * Runs the pipeline on the article, under the guard, and returns the document with all its layers;
     * an article in another language than German comes back unextracted, with its language recorded.
     */
    public Doc extract(Article article) {
        return extract(article, otherLanguage(article));
    }

    private Doc extract(Article article, Optional<String> otherLanguage) {
        if (otherLanguage.isPresent()) {
            return Doc.of(article.id(), article.text(), article.metadata().toBuilder().language(otherLanguage.get()).build());
        }
        return guard.run(article.text(), () -> pipeline.process(article.toDoc()));
    }

    /** The language of an article ekg does not extract (not German), unless every article is taken as German. */
    private Optional<String> otherLanguage(Article article) {
        return anyLanguage ? Optional.empty() : Languages.detect(article.text()).filter(l -> !l.equals("de"));
    }

    /** Extracts the article and maps it to the quads of its graph. */
    public ArticleQuads quads(Article article) {
        Optional<String> other = otherLanguage(article);
        Doc doc = extract(article, other);
        List<Quad> quads = new ArrayList<>();
        mapping.write(article, doc, collector(quads));
        return new ArticleQuads(article.id(), quads, other.isEmpty());
    }

    /** The quads of an article's graph that say which file it was read from (see {@link DocToRdf#sourceQuads}). */
    public List<Quad> sourceQuads(String articleId, Metadata metadata) {
        return mapping.sourceQuads(articleId, metadata);
    }

    /** Streams an extracted article to any sink, e.g. a TriG writer. */
    public void write(Article article, StreamRDF out) {
        mapping.write(article, extract(article), out);
    }

    private static StreamRDF collector(List<Quad> quads) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                throw new IllegalStateException("the mapping wrote a triple outside any named graph: " + triple);
            }
        };
    }
}
