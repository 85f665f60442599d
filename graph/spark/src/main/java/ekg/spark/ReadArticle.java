package ekg.spark;

import ekg.ingest.doc.Metadata;
import ekg.ingest.read.Article;

import java.io.Serializable;

/**
 * One article as read on an executor, or an input that yielded none ({@code failure} set), in a form
 * Spark can move between executors: reading a large {@code .jsonl} file is one task, its extraction is
 * spread over all. {@code ordinal} (the file's place in the input order) and {@code index} (the place in
 * the file) keep the input order.
 */
record ReadArticle(int ordinal, int index, String source, String failure, String id, String text, String url,
                   String title, String publisher, String published, String language, String contentHash)
        implements Serializable {

    static ReadArticle of(int ordinal, ArticleFile.Item item) {
        Article a = item.article();
        if (a == null) return new ReadArticle(ordinal, item.index(), item.source(), item.failure(), null, null, null,
                null, null, null, null, null);
        Metadata m = a.metadata();
        return new ReadArticle(ordinal, item.index(), item.source(), null, a.id(), a.text(), m.url().orElse(null),
                m.title().orElse(null), m.publisher().orElse(null), m.published().orElse(null), m.language(),
                a.contentHash());
    }

    static ReadArticle unreadable(InputFile file, String reason) {
        return new ReadArticle(file.ordinal(), 0, file.source(), reason, null, null, null, null, null, null, null, null);
    }

    /** The article again, exactly as the reader made it. */
    Article article() {
        Metadata m = Metadata.builder(source).url(url).title(title).publisher(publisher).published(published)
                .language(language).build();
        return new Article(id, text, m, contentHash);
    }

    String position() {
        return ordinal + ":" + index;
    }
}
