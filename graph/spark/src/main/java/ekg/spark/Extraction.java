package ekg.spark;

import ekg.graph.build.Extractor;
import ekg.graph.build.Guard;
import ekg.graph.store.ArticleQuads;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.riot.RDFDataMgr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Map;

/**
 * Runs on an executor: reads a partition's files and extracts each article with the executor's shared
 * {@link Models}, one article at a time, so a task holds one article's quads, not its partition's. An
 * article that fails is reported with the reason {@code ekg build} gives, and the rest goes on.
 */
final class Extraction implements Iterator<ArticleResult> {
    private final Iterator<InputFile> files;
    private final JobSettings settings;
    private final Configuration conf;
    private final Map<String, String> duplicates;
    private final Extractor extractor;
    private InputFile file;
    private ArticleFile reading;
    private ArticleResult pending;

    /**
     * @param duplicates positions ({@link #position}) of articles whose id an earlier input already has,
     *                   with the reason to report; they are reported, not extracted
     */
    Extraction(Iterator<InputFile> files, JobSettings settings, Configuration conf, Map<String, String> duplicates) {
        this.files = files;
        this.settings = settings;
        this.conf = conf;
        this.duplicates = duplicates;
        this.extractor = Models.extractor(settings);
    }

    static String position(int ordinal, int index) {
        return ordinal + ":" + index;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (reading != null && reading.hasNext()) {
                pending = result(reading.next());
            } else {
                if (reading != null) reading.close();
                reading = null;
                if (!files.hasNext()) return false;
                file = files.next();
                try {
                    reading = new ArticleFile(file, settings.maxBytes(), conf);
                } catch (RuntimeException e) {
                    pending = ArticleResult.failed(file.ordinal(), 0, file.source(), null, null,
                            "cannot read: " + e.getMessage(), true);
                }
            }
        }
        return true;
    }

    @Override
    public ArticleResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        ArticleResult r = pending;
        pending = null;
        return r;
    }

    private ArticleResult result(ArticleFile.Item item) {
        int ordinal = file.ordinal();
        if (item.article() == null) {
            return ArticleResult.failed(ordinal, item.index(), item.source(), null, null, item.failure(), true);
        }
        var a = item.article();
        String duplicate = duplicates.get(position(ordinal, item.index()));
        if (duplicate != null) {
            return ArticleResult.failed(ordinal, item.index(), item.source(), a.id(), a.contentHash(), duplicate, true);
        }
        try {
            ArticleQuads q = extractor.quads(a);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(out, q.quads().iterator());
            return ArticleResult.extracted(ordinal, item.index(), item.source(), a.id(), a.contentHash(),
                    out.toString(StandardCharsets.UTF_8));
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e instanceof Guard.ArticleRefused ? e.getMessage() : "extraction failed: " + e;
            return ArticleResult.failed(ordinal, item.index(), item.source(), a.id(), a.contentHash(), reason, false);
        }
    }

    /** The ids read from a partition's files with their positions, for finding duplicates before extraction. */
    static Iterator<String[]> ids(Iterator<InputFile> files, int maxBytes, Configuration conf) {
        List<String[]> out = new ArrayList<>();
        while (files.hasNext()) {
            InputFile f = files.next();
            try (ArticleFile reading = new ArticleFile(f, maxBytes, conf)) {
                while (reading.hasNext()) {
                    ArticleFile.Item item = reading.next();
                    if (item.article() != null) {
                        out.add(new String[]{item.article().id(), String.valueOf(f.ordinal()),
                                String.valueOf(item.index()), item.source()});
                    }
                }
            } catch (RuntimeException e) {
                // reported when the file is read for extraction
            }
        }
        return out.iterator();
    }
}
