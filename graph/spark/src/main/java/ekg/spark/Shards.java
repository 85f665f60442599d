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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;

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
}
