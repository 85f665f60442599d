package ekg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The per-article results of the last run that went live, kept as Parquet (article id, content hash,
 * extraction key, graph as N-Quads), so that the next run extracts only new and changed articles: an
 * article whose id, hash and extraction (ekg and model versions) are all the same reuses its graph.
 * A run writes its results beside the kept ones and they replace them only when the run switched;
 * articles no longer in the input are simply not carried over.
 */
final class PreviousResults {
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("contentHash", DataTypes.StringType, false)
            .add("extraction", DataTypes.StringType, false)
            .add("nquads", DataTypes.StringType, false);

    private PreviousResults() {
    }

    /** What identifies one extraction of one article. */
    static String key(String id, String contentHash, String extraction) {
        return id + "\n" + contentHash + "\n" + extraction;
    }

    /** The kept results by {@link #key}, or null when there are none. */
    static JavaPairRDD<String, String> read(SparkSession spark, String dir) {
        if (!exists(dir, spark.sparkContext().hadoopConfiguration())) return null;
        return spark.read().parquet(dir).javaRDD()
                .mapToPair(r -> new Tuple2<>(key(r.getString(0), r.getString(1), r.getString(2)), r.getString(3)));
    }

    /** Writes this run's extracted articles to {@code next}. */
    static void write(SparkSession spark, JavaRDD<ArticleResult> ok, String extraction, String next) {
        JavaRDD<Row> rows = ok.map(r -> RowFactory.create(r.id(), r.contentHash(), extraction, r.nquads()));
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Overwrite).parquet(next);
    }

    /** Makes {@code next} the kept results (after a run that switched), or drops it. */
    static void settle(String next, String dir, boolean keep, Configuration conf) {
        try {
            FileSystem fs = new Path(dir).getFileSystem(conf);
            if (!fs.exists(new Path(next))) return;
            if (keep) {
                fs.delete(new Path(dir), true);
                if (!fs.rename(new Path(next), new Path(dir))) throw new IOException("rename refused");
            } else {
                fs.delete(new Path(next), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + next + " to " + dir, e);
        }
    }

    private static boolean exists(String dir, Configuration conf) {
        try {
            Path p = new Path(dir);
            return p.getFileSystem(conf).exists(new Path(p, "_SUCCESS"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + dir, e);
        }
    }
}
