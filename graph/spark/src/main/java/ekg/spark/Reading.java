package ekg.spark;

import org.apache.hadoop.conf.Configuration;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Runs on an executor: the articles of a partition's files, one at a time, and every input that failed. */
final class Reading implements Iterator<ReadArticle> {
    private final Iterator<InputFile> files;
    private final int maxBytes;
    private final Configuration conf;
    private InputFile file;
    private ArticleFile reading;
    private ReadArticle pending;

    Reading(Iterator<InputFile> files, int maxBytes, Configuration conf) {
        this.files = files;
        this.maxBytes = maxBytes;
        this.conf = conf;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (reading != null && reading.hasNext()) {
                pending = ReadArticle.of(file.ordinal(), reading.next());
            } else {
                if (reading != null) reading.close();
                reading = null;
                if (!files.hasNext()) return false;
                file = files.next();
                try {
                    reading = new ArticleFile(file, maxBytes, conf);
                } catch (RuntimeException e) {
                    pending = ReadArticle.unreadable(file, "cannot read: " + e.getMessage());
                }
            }
        }
        return true;
    }

    @Override
    public ReadArticle next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadArticle r = pending;
        pending = null;
        return r;
    }
}
