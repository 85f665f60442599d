package ekg.spark;

import ekg.graph.rebuild.ArticleChanges;
import ekg.graph.rebuild.IdList;
import ekg.graph.store.Snapshot;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sorts the articles read against the live generation on the executors, as {@code ekg rebuild}'s plan does
 * on its one machine ({@link ArticleChanges#kind}): the live snapshot's index is copied next to the shards
 * and joined with the articles by id. The driver gets the counts; the ids of the added and changed articles
 * (in input order) and of the removed ones (sorted) are written as text files, which the run report reads
 * back while it is written. So nothing on the driver grows with the articles.
 */
final class ArticleSorting {
    private static final String REMOVED = "REMOVED";

    private ArticleSorting() {
    }

    /**
     * @param read      the articles read (no failures before extraction), without their graphs
     * @param liveIndex the live snapshot's index on the driver, or null
     * @param dir       where the ids go (any Hadoop file system), emptied by the job before
     */
    static ArticleChanges sort(JavaRDD<ArticleResult> read, java.nio.file.Path liveIndex, String dir, Configuration conf,
                               String extraction, boolean incremental, int parts) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(read.context());
        JavaPairRDD<String, String> live = liveIndex == null ? JavaPairRDD.fromJavaRDD(jsc.<Tuple2<String, String>>emptyRDD())
                : jsc.textFile(copy(liveIndex, dir, conf)).flatMapToPair(line -> {
                    Snapshot.Entry e = Snapshot.Entry.parse(line);
                    return e == null ? Collections.<Tuple2<String, String>>emptyIterator() : List.of(new Tuple2<>(e.articleId(), line)).iterator();
                });
        JavaPairRDD<String, Tuple2<Long, String>> now = read.mapToPair(r -> new Tuple2<>(r.id(),
                new Tuple2<>(r.inputPosition(), r.contentHash())));
        // Each article as (kind, (input position, id)); ids are unique, duplicates having failed as unreadable.
        JavaPairRDD<String, Tuple2<Long, String>> kinds = now.cogroup(live, parts).mapToPair(g -> {
            Iterator<Tuple2<Long, String>> a = g._2()._1().iterator();
            if (!a.hasNext()) return new Tuple2<>(REMOVED, new Tuple2<>(0L, g._1()));
            Tuple2<Long, String> article = a.next();
            Iterator<String> before = g._2()._2().iterator();
            Snapshot.Entry entry = before.hasNext() ? Snapshot.Entry.parse(before.next()) : null;
            String kind = ArticleChanges.kind(entry, article._2(), extraction, incremental).name();
            return new Tuple2<>(kind, new Tuple2<>(article._1(), g._1()));
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<String, Long> counts = kinds.countByKey();
            long[] n = new long[ArticleChanges.Kind.values().length];
            for (ArticleChanges.Kind k : ArticleChanges.Kind.values()) n[k.ordinal()] = counts.getOrDefault(k.name(), 0L);
            return new ArticleChanges(n[0], n[1], n[2], n[3],
                    ids(kinds, ArticleChanges.Kind.ADDED.name(), counts, false, dir, conf, parts),
                    ids(kinds, ArticleChanges.Kind.CHANGED.name(), counts, false, dir, conf, parts),
                    ids(kinds, REMOVED, counts, true, dir, conf, parts));
        } finally {
            kinds.unpersist(false);
        }
    }

    /** Writes the ids of one kind, by input position or by id, and gives them back as a list read from there. */
    private static IdList ids(JavaPairRDD<String, Tuple2<Long, String>> kinds, String kind, Map<String, Long> counts,
                              boolean byId, String dir, Configuration conf, int parts) {
        long count = counts.getOrDefault(kind, 0L);
        if (count == 0) return IdList.of(List.of());
        String out = dir + "/" + kind.toLowerCase(Locale.ROOT);
        JavaRDD<Tuple2<Long, String>> of = kinds.filter(t -> t._1().equals(kind)).values();
        (byId ? of.sortBy(Tuple2::_2, true, parts) : of.sortBy(Tuple2::_1, true, parts))
                .map(Tuple2::_2).saveAsTextFile(out);
        return IdList.streamed(count, each -> lines(out, conf, each));
    }

    private static void lines(String dir, Configuration conf, Consumer<String> each) {
        try {
            FileSystem fs = new Path(dir).getFileSystem(conf);
            for (FileStatus part : Shards.parts(dir, conf)) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(part.getPath()),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ids in " + dir, e);
        }
    }

    /** The live index copied beside the shards, where executors on other machines read it. */
    private static String copy(java.nio.file.Path index, String dir, Configuration conf) {
        Path to = new Path(dir + "/live-index.tsv");
        try {
            to.getFileSystem(conf).copyFromLocalFile(new Path(index.toUri()), to);
            return to.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + index + " to " + to, e);
        }
    }
}
