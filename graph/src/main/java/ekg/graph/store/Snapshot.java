package ekg.graph.store;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A generation's article graphs as plain files: gzip N-Quads grouped by article, and an index of each
 * article's content hash, extraction (ekg and model versions), size and the file it was read from. The next incremental rebuild
 * copies unchanged articles from here, because the live TDB2 database itself may be held by a running
 * {@code ekg serve} in another process, and TDB2 allows one process per database.
 *
 * <pre>{@code
 * Snapshot.write(store, gens.snapshot(gen));
 * Map<String, Snapshot.Entry> before = Snapshot.readIndex(gens.snapshot(gen));
 * }</pre>
 */
public final class Snapshot {
    static final String QUADS = "articles.nq.gz";
    static final String INDEX = "index.tsv";

    private Snapshot() {
    }

    /** One article in a snapshot. */
    public record Entry(String articleId, String contentHash, String extraction, long quads, String source) {

        /** The entry of one line of a snapshot's index; null for a line too short to be one. */
        public static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            // A snapshot written before the source was indexed has four columns.
            if (f.length < 4) return null;
            return new Entry(f[0], f[1], f[2], Long.parseLong(f[3]), f.length > 4 ? f[4] : "");
        }
    }

    /** Writes the snapshot of {@code store} to {@code dir}, replacing an older one only once complete. */
    public static void write(EkgStore store, Path dir, Iris iris) {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        Generations.deleteTree(tmp);
        try {
            Files.createDirectories(tmp);
            // The index goes to its file line by line: it has a line per article, and the heap must not grow with them.
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve(QUADS)), 1 << 16);
                 BufferedWriter index = Files.newBufferedWriter(tmp.resolve(INDEX), StandardCharsets.UTF_8)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                w.start();
                DatasetGraph dsg = store.datasetGraph();
                Txn.executeRead(dsg, () -> {
                    store.forEachArticleId(id -> writeLine(index, writeArticle(dsg, iris, id, w)));
                });
                w.finish();
            }
            Generations.deleteTree(old);
            if (Files.exists(dir)) Files.move(dir, old);
            Files.move(tmp, dir);
            Generations.deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot " + dir, e);
        }
    }

    private static void writeLine(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot index", e);
        }
    }

    private static String writeArticle(DatasetGraph dsg, Iris iris, String id, StreamRDF out) {
        Node g = iris.articleGraph(id);
        long n = 0;
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++) out.quad(it.next());
        String hash = literal(dsg, g, iris.article(id), Vocab.Ekg.CONTENT_HASH);
        String source = literal(dsg, g, iris.article(id), Vocab.Ekg.SOURCE_FILE);
        Node run = first(dsg, g, g, Vocab.Prov.WAS_GENERATED_BY);
        String extraction = run == null ? "" : extractionKey(literal(dsg, g, run, Vocab.Ekg.TOOL_VERSION),
                literal(dsg, g, run, Vocab.Ekg.MODELS));
        return String.join("\t", id, hash, extraction, Long.toString(n), source.replace('\t', ' ').replace('\n', ' '));
    }

    /** What an article graph was made with: the same key means the same extraction of the same text. */
    public static String extractionKey(String toolVersion, String models) {
        return UUID.nameUUIDFromBytes((toolVersion + "\u0000" + models).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** How many articles a snapshot holds and their quads together. */
    public record Totals(long articles, long quads) {
    }

    /** The totals of the snapshot in {@code dir}, read line by line (zero when there is none). */
    public static Totals totals(Path dir) {
        long[] t = new long[2];
        forEachEntry(dir, e -> {
            t[0]++;
            t[1] += e.quads();
        });
        return new Totals(t[0], t[1]);
    }

    /** The articles of the snapshot in {@code dir}; empty when there is none. */
    public static Map<String, Entry> readIndex(Path dir) {
        Map<String, Entry> out = new HashMap<>();
        forEachEntry(dir, e -> out.put(e.articleId(), e));
        return out;
    }

    /**
     * The index file of the snapshot in {@code dir}, one {@link Entry#parse} line per article, for a job that
     * reads it elsewhere; null when there is no complete snapshot.
     */
    public static Path indexFile(Path dir) {
        Path file = dir.resolve(INDEX);
        return Files.isRegularFile(file) && Files.isRegularFile(dir.resolve(QUADS)) ? file : null;
    }

    private static void forEachEntry(Path dir, Consumer<Entry> action) {
        Path file = indexFile(dir);
        if (file == null) return;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Entry e = Entry.parse(line);
                if (e != null) action.accept(e);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read the snapshot index " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies the graphs of {@code ids} from the snapshot into {@code into}, in batches; returns the quads copied. */
    public static long copy(Path dir, Set<String> ids, EkgStore into, Iris iris) {
        if (ids.isEmpty()) return 0;
        Copier copier = new Copier(ids, into, iris);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(QUADS)), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(copier);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot " + dir, e);
        }
        copier.flush();
        return copier.copied;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = first(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** Groups the streamed quads by article graph and writes the wanted ones a batch at a time. */
    private static final class Copier extends StreamRDFBase {
        private static final int BATCH = 64;
        private final Set<String> ids;
        private final EkgStore into;
        private final Iris iris;
        private final List<ArticleQuads> batch = new ArrayList<>();
        private String article;
        private List<Quad> quads = new ArrayList<>();
        long copied;

        Copier(Set<String> ids, EkgStore into, Iris iris) {
            this.ids = ids;
            this.into = into;
            this.iris = iris;
        }

        @Override
        public void quad(Quad q) {
            String id = iris.articleIdOfGraph(q.getGraph().getURI());
            if (id == null || !ids.contains(id)) return;
            if (!id.equals(article)) endArticle(id);
            quads.add(q);
        }

        private void endArticle(String next) {
            if (article != null && !quads.isEmpty()) batch.add(new ArticleQuads(article, quads));
            article = next;
            quads = new ArrayList<>();
            if (batch.size() >= BATCH) writeBatch();
        }

        void flush() {
            endArticle(null);
            writeBatch();
        }

        private void writeBatch() {
            if (batch.isEmpty()) return;
            into.replace(batch);
            copied += batch.stream().mapToLong(a -> a.quads().size()).sum();
            batch.clear();
        }
    }
}
