package ekg.spark;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Predicate;

/**
 * The N-Quads shards the job writes (one folder of {@code part-*} files per kind, on any Hadoop file
 * system) and the driver streams into TDB2, one file at a time: nothing is held whole.
 */
final class Shards {
    static final String ARTICLES = "articles";
    static final String LINKING = "linking";
    static final String META = "meta";
    /** Not quads: the ids of the articles added, changed and removed, for the run report. */
    static final String CHANGES = "changes";
    /** Characters of kept lines parsed at once by {@link #parseLinesWith}. */
    private static final int LINES_BATCH = 1 << 20;

    private Shards() {
    }

    /** One quad as an N-Quads line. */
    static String line(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }

    /** The meta graph's line saying when an article's graph was loaded ({@code at}: an ISO instant). */
    static String meta(String articleId, String at, Iris iris) {
        return line(Quad.create(iris.metaGraph(), iris.articleGraph(articleId), Vocab.Prov.GENERATED_AT,
                Literals.dateTime(Instant.parse(at))));
    }

    /** The {@code part-*} files in {@code dir}, in name order. */
    static FileStatus[] parts(String dir, Configuration conf) throws IOException {
        Path folder = new Path(dir);
        FileStatus[] parts = folder.getFileSystem(conf).globStatus(new Path(folder, "part-*"));
        if (parts == null) throw new IllegalStateException("no shards in " + dir);
        Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
        return parts;
    }

    /** Streams every quad of the shards in {@code dir} to {@code out}, file by file in name order. */
    static void parse(String dir, Configuration conf, StreamRDF out) {
        try {
            FileSystem fs = new Path(dir).getFileSystem(conf);
            for (FileStatus part : parts(dir, conf)) {
                try (InputStream in = fs.open(part.getPath())) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shards in " + dir, e);
        }
    }

    /**
     * Streams the quads of the shards in {@code dir} whose line {@code keep} accepts to {@code out}; the
     * other lines are skipped unparsed. A reader that wants a few predicates (the text index wants quote
     * texts, 2% of an article shard's lines) spends its time on the lines it keeps: N-Quads has one quad
     * per line, and the shards have no blank nodes, whose labels would be scoped to each parse. Returns
     * how many quads the shards hold, kept or not.
     */
    static long parseLinesWith(String dir, Configuration conf, Predicate<String> keep, StreamRDF out) {
        try {
            FileSystem fs = new Path(dir).getFileSystem(conf);
            StringBuilder kept = new StringBuilder();
            long lines = 0;
            for (FileStatus part : parts(dir, conf)) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(part.getPath()), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isEmpty()) continue;
                        lines++;
                        if (!keep.test(line)) continue;
                        kept.append(line).append('\n');
                        if (kept.length() >= LINES_BATCH) parseKept(kept, out);
                    }
                }
            }
            parseKept(kept, out);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shards in " + dir, e);
        }
    }

    private static void parseKept(StringBuilder kept, StreamRDF out) {
        if (kept.length() == 0) return;
        RDFParser.fromString(kept.toString()).lang(Lang.NQUADS).parse(out);
        kept.setLength(0);
    }
}
