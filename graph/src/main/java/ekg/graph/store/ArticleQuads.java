package ekg.graph.store;

import org.apache.jena.sparql.core.Quad;

import java.util.List;
import java.util.Objects;

/**
 * Everything one article yields, ready to replace its graph in the store; {@code extracted} is false for
 * an article stored without extraction (not in German), whose graph holds the article node alone.
 */
public record ArticleQuads(String articleId, List<Quad> quads, boolean extracted) {
    public ArticleQuads {
        Objects.requireNonNull(articleId, "articleId == null");
        quads = List.copyOf(quads);
    }

    public ArticleQuads(String articleId, List<Quad> quads) {
        this(articleId, quads, true);
    }
}
