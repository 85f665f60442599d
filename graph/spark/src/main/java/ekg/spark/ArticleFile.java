package ekg.spark;

import ekg.ingest.doc.Metadata;
import ekg.ingest.read.Article;
import ekg.ingest.read.ArticleBatch;
import ekg.ingest.read.ArticleReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads one input file on an executor with ekg's own reader, so that formats, limits, ids and the
 * reasons given for bad input are exactly those of {@code ekg build}. A local file is read in place; one
 * on another file system is first copied to a local temporary folder under its own name. Sources are
 * given the name the driver listed the file under. Lazy: a {@code .jsonl} file of any size streams.
 */
final class ArticleFile implements Iterator<ArticleFile.Item>, Closeable {

    /** An article read (with its position in the file), or an input that could not be read. */
    record Item(Article article, int index, String source, String failure) {
    }

    private final InputFile file;
    private final java.nio.file.Path local;
    private final java.nio.file.Path copy;
    private final ArticleBatch batch;
    private final Deque<Item> failed = new ArrayDeque<>();
    private int index;

    ArticleFile(InputFile file, int maxBytes, Configuration conf) {
        this.file = file;
        URI uri = URI.create(file.uri());
        this.copy = "file".equals(uri.getScheme()) ? null : copyToLocal(uri, conf);
        this.local = copy != null ? copy : java.nio.file.Path.of(uri);
        ArticleReader reader = ArticleReader.builder().maxBytes(maxBytes)
                .failureHandler((input, reason, cause) -> failed.add(new Item(null, index++, renamed(input), reason)))
                .build();
        this.batch = reader.open(List.of(local));
    }

    @Override
    public boolean hasNext() {
        return !failed.isEmpty() || batch.hasNext() || !failed.isEmpty();
    }

    @Override
    public Item next() {
        if (failed.isEmpty() && !batch.hasNext() && failed.isEmpty()) throw new NoSuchElementException();
        if (!failed.isEmpty()) return failed.poll();
        Article a = batch.next();
        return new Item(renamed(a), index++, renamed(a.metadata().source()), null);
    }

    /** The reader names sources by the path it read; the driver's name for the file goes in its place. */
    private String renamed(String source) {
        String read = local.toString();
        return source.startsWith(read) ? file.source() + source.substring(read.length()) : source;
    }

    private Article renamed(Article a) {
        Metadata m = a.metadata();
        Metadata named = Metadata.builder(renamed(m.source())).url(m.url().orElse(null)).title(m.title().orElse(null))
                .publisher(m.publisher().orElse(null)).published(m.published().orElse(null)).language(m.language())
                .build();
        return new Article(a.id(), a.text(), named, a.contentHash());
    }

    private static java.nio.file.Path copyToLocal(URI uri, Configuration conf) {
        Path remote = new Path(uri);
        try {
            java.nio.file.Path dir = Files.createTempDirectory("ekg-input-");
            java.nio.file.Path target = dir.resolve(remote.getName());
            try (FSDataInputStream in = FileSystem.get(uri, conf).open(remote)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + uri + " to a local folder", e);
        }
    }

    @Override
    public void close() {
        batch.close();
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(copy.getParent());
            } catch (IOException e) {
                // a temporary copy left behind is harmless
            }
        }
    }
}
