package ekg.graph.build;

import ekg.graph.rdf.DocToRdf;
import ekg.graph.store.ArticleQuads;
import ekg.ingest.doc.Doc;
import ekg.ingest.pipeline.Pipeline;
import ekg.ingest.read.Article;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;

/**
 * Article in, quads out: a pure function of the article and the models, safe to call from many
 * threads, so that the same code can run under an executor today and a cluster later.
 */
public final class Extractor {
    private final Pipeline pipeline;
    private final DocToRdf mapping;
    private final Guard guard;

    public Extractor(Pipeline pipeline, DocToRdf mapping) {
        this(pipeline, mapping, Guard.DEFAULT);
    }

    public Extractor(Pipeline pipeline, DocToRdf mapping, Guard guard) {
        this.pipeline = pipeline;
        this.mapping = mapping;
        this.guard = guard;
    }

    /** Runs the pipeline on the article, under the guard, and returns the document with all its layers. */
    public Doc extract(Article article) {
        return guard.run(article.text(), () -> pipeline.process(article.toDoc()));
    }

    /** Extracts the article and maps it to the quads of its graph. */
    public ArticleQuads quads(Article article) {
        Doc doc = extract(article);
        List<Quad> quads = new ArrayList<>();
        mapping.write(article, doc, collector(quads));
        return new ArticleQuads(article.id(), quads);
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
