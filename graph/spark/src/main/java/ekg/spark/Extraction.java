package ekg.spark;

import ekg.graph.build.Extractor;
import ekg.graph.build.Guard;
import ekg.graph.store.ArticleQuads;
import ekg.ingest.read.Article;
import org.apache.jena.riot.RDFDataMgr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs on an executor: extracts an article with the executor's shared {@link Models} and maps it to its
 * graph as N-Quads, or says why it failed, with the reason {@code ekg build} gives.
 */
final class Extraction {
    private final Extractor extractor;
    private final Map<String, String> duplicates;

    /**
     * @param duplicates positions ({@link ReadArticle#position}) of articles whose id an earlier input
     *                   already has, with the reason to report; they are reported, not extracted
     */
    Extraction(JobSettings settings, Map<String, String> duplicates) {
        this.extractor = Models.extractor(settings);
        this.duplicates = duplicates;
    }

    ArticleResult apply(ReadArticle r) {
        return apply(r, null);
    }

    /** The article's result; {@code kept} is its graph from the last run, reused when not null. */
    ArticleResult apply(ReadArticle r, String kept) {
        if (r.failure() != null) {
            return ArticleResult.failed(r.ordinal(), r.index(), r.source(), null, null, r.failure(), true);
        }
        String duplicate = duplicates.get(r.position());
        if (duplicate != null) {
            return ArticleResult.failed(r.ordinal(), r.index(), r.source(), r.id(), r.contentHash(), duplicate, true);
        }
        if (kept != null) return ArticleResult.reused(r.ordinal(), r.index(), r.source(), r.id(), r.contentHash(), kept);
        Article a = r.article();
        try {
            ArticleQuads q = extractor.quads(a);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(out, q.quads().iterator());
            return ArticleResult.extracted(r.ordinal(), r.index(), r.source(), a.id(), a.contentHash(),
                    out.toString(StandardCharsets.UTF_8));
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e instanceof Guard.ArticleRefused ? e.getMessage() : "extraction failed: " + e;
            return ArticleResult.failed(r.ordinal(), r.index(), r.source(), a.id(), a.contentHash(), reason, false);
        }
    }
}
