package ekg.graph.store;

import org.apache.jena.sparql.core.Quad;

import java.util.List;
import java.util.Objects;

/** Everything one article yields, ready to replace its graph in the store. */
public record ArticleQuads(String articleId, List<Quad> quads) {
    public ArticleQuads {
        Objects.requireNonNull(articleId, "articleId == null");
        quads = List.copyOf(quads);
    }
}
