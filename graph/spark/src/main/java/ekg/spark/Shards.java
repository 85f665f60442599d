package ekg.spark;

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
import java.util.Arrays;
import java.util.Comparator;

/**
 * The N-Quads shards the job writes (one folder of {@code part-*} files per kind, on any Hadoop file
 * system) and the driver streams into TDB2, one file at a time: nothing is held whole.
 */
final class Shards {
    static final String ARTICLES = "articles";
    static final String LINKING = "linking";

    private Shards() {
    }

    /** One quad as an N-Quads line. */
    static String line(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }

    /** Streams every quad of the shards in {@code dir} to {@code out}, file by file in name order. */
    static void parse(String dir, Configuration conf, StreamRDF out) {
        Path folder = new Path(dir);
        try {
            FileSystem fs = folder.getFileSystem(conf);
            FileStatus[] parts = fs.globStatus(new Path(folder, "part-*"));
            if (parts == null) throw new IllegalStateException("no shards in " + dir);
            Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
            for (FileStatus part : parts) {
                try (InputStream in = fs.open(part.getPath())) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shards in " + dir, e);
        }
    }
}
