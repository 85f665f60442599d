package ekg.ingest.read;

import ekg.ingest.doc.Metadata;
import ekg.ingest.pipeline.FailureHandler;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One reading run over a list of inputs, started by {@link ArticleReader#open(List)}: an iterator that
 * reads lazily, one file (or one {@code .jsonl} line) at a time, hands every problem to the failure
 * handler and goes on. Ids must be unique within a run. Not thread-safe; close it to release the file
 * being read if the run is abandoned early.
 */
public final class ArticleBatch implements Iterator<Article>, Closeable {
    private final FailureHandler failures;
    private final int maxBytes;
    private final JsonArticles json;
    private final InputWalker walker;
    // Only ids and sources are kept, so a run of 100k articles holds a few megabytes, not the corpus.
    private final Map<String, String> seen = new HashMap<>();
    private Iterator<Item> current = Collections.emptyIterator();
    private Article pending;
    private boolean closed;
    private long files;
    private long articles;
    private long failed;
    private long ignored;

    ArticleBatch(List<Path> inputs, int maxBytes, FailureHandler failures) {
        this.failures = failures;
        this.maxBytes = maxBytes;
        this.json = new JsonArticles(maxBytes);
        this.walker = new InputWalker(inputs);
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !closed) pending = advance();
        return pending != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        Article a = pending;
        pending = null;
        articles++;
        return a;
    }

    /** The remaining articles as a sequential stream; closing the stream closes this batch. */
    public Stream<Article> stream() {
        Spliterator<Article> s = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(s, false).onClose(this::close);
    }

    /** What this run has done so far. */
    public ReadCounts counts() {
        return new ReadCounts(files, articles, failed, ignored);
    }

    private Article advance() {
        while (true) {
            if (current.hasNext()) {
                Article a = accept(current.next());
                if (a != null) return a;
                continue;
            }
            closeCurrent();
            InputWalker.Input input = walker.next();
            if (input == null) return null;
            current = open(input);
        }
    }

    private Iterator<Item> open(InputWalker.Input input) {
        if (input.problem() != null) return List.of(Item.failure(input.name(), input.problem(), null)).iterator();
        if (input.ignored()) {
            ignored++;
            return Collections.emptyIterator();
        }
        files++;
        if (input.format() == Format.JSONL) return new JsonLinesFile(input.path(), input.name(), maxBytes, json);
        return List.of(WholeFile.read(input.path(), input.name(), input.format(), maxBytes, json)).iterator();
    }

    /** The article an item makes, or null after reporting why it makes none. */
    private Article accept(Item item) {
        if (item.failed()) {
            fail(item.source(), item.reason(), item.cause());
            return null;
        }
        Fields f = item.fields();
        String id = ArticleIds.of(f);
        String earlier = seen.putIfAbsent(id, item.source());
        if (earlier != null) {
            fail(item.source(), "duplicate id \"" + id + "\", already read from " + earlier, null);
            return null;
        }
        Metadata metadata = Metadata.builder(item.source()).url(f.url()).title(f.title())
                .publisher(f.publisher()).published(f.published()).language(f.language()).build();
        return Article.of(id, f.text(), metadata);
    }

    private void fail(String input, String reason, Throwable cause) {
        failed++;
        failures.failed(input, reason, cause);
    }

    /** Ends the run and closes the file being read, if any. */
    @Override
    public void close() {
        closed = true;
        pending = null;
        closeCurrent();
    }

    private void closeCurrent() {
        if (current instanceof Closeable c) {
            try {
                c.close();
            } catch (java.io.IOException e) {
                // Files here are only read; there is nothing to lose on a failed close.
            }
        }
        current = Collections.emptyIterator();
    }
}
