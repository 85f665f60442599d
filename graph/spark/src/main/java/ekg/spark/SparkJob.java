package ekg.spark;

import ekg.graph.build.BuildReport;
import ekg.graph.rdf.Iris;
import ekg.graph.rebuild.ArticleChanges;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The distributed part of the build: lists the inputs, extracts every article on the executors, links
 * entities, utterances and events per key with ekg's own linkers, and writes both as N-Quads shards
 * under {@code work}. The driver receives counts and the failures, never quads, nor a list of all articles.
 *
 * <pre>{@code
 * SparkJob.Result r = new SparkJob(spark, JobSettings.defaults(), 8, extraction, results, true, System.err)
 *         .run(List.of("seeds"), "/tmp/work", null);
 * }</pre>
 */
final class SparkJob {
    private final SparkSession spark;
    private final JobSettings settings;
    private static final int ARTICLES_PER_PARTITION = 1000;
    private final int partitions;
    private final String extraction;
    private final String results;
    private final boolean reuse;
    private final PrintStream log;
    private String metaAt;

    /**
     * What the driver learns: the articles read against the live generation (counts; the ids are in files
     * under the work folder), the failures in input order, and how many inputs were unreadable.
     */
    record Result(ArticleChanges changes, List<BuildReport.Failure> failures, long readFailures) {
    }

    /**
     * @param extraction the extraction key (ekg and model versions) results are kept under
     * @param results    where the per-article results of the last live run are kept (Parquet)
     * @param reuse      reuse kept results of unchanged articles; false extracts every article again
     */
    SparkJob(SparkSession spark, JobSettings settings, int partitions, String extraction, String results,
             boolean reuse, PrintStream log) {
        this.spark = spark;
        this.settings = settings;
        this.partitions = partitions;
        this.extraction = extraction;
        this.results = results;
        this.reuse = reuse;
        this.log = log;
    }

    /**
     * Also writes each stored article's load time into {@link Shards#META}, as the phased load adds it
     * while loading: Jena's xloader loads only what the shards hold.
     */
    SparkJob writingMeta(Instant at) {
        this.metaAt = at.toString();
        return this;
    }

    /** {@code liveIndex}: the live generation's snapshot index on the driver, null when there is none. */
    Result run(List<String> inputs, String work, java.nio.file.Path liveIndex) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputFiles listed = InputFiles.list(inputs, hadoop);
        log.println("ekg spark-build: " + listed.files().size() + " input files");
        delete(work, hadoop);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = HadoopConf.of(hadoop);
        JobSettings s = settings;
        int slices = Math.max(1, Math.min(listed.files().size(), partitions));
        JavaRDD<InputFile> files = jsc.parallelize(listed.files(), slices);
        JavaRDD<ReadArticle> read = files.mapPartitions(it -> new Reading(it, s.maxBytes(), conf.configuration()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Broadcast<Map<String, String>> duplicates = jsc.broadcast(duplicates(read));
        int parts = partitionsFor(read.count());
        JavaPairRDD<String, String> previous = reuse ? PreviousResults.read(spark, results) : null;
        JavaRDD<ArticleResult> extracted = previous == null ? extract(read, duplicates, parts)
                : extractChanged(read, previous, duplicates, parts);
        // The extracted graphs are the largest data of the job and are read four times; kept in memory they
        // compete with the models for the executor's heap (at 100,000 articles a 2 GB local[2] build ran
        // out of it), so they are kept on the executors' disks.
        extracted.persist(StorageLevel.DISK_ONLY());
        try {
            JavaRDD<ArticleResult> ok = extracted.filter(ArticleResult::ok);
            PreviousResults.write(spark, ok, extraction, nextResults());
            ok.map(r -> r.nquads().stripTrailing()).saveAsTextFile(work + "/" + Shards.ARTICLES);
            String at = metaAt;
            if (at != null) ok.map(r -> Shards.meta(r.id(), at, Iris.DEFAULT)).saveAsTextFile(work + "/" + Shards.META);
            JavaPairRDD<String, String> keyed = ok.flatMapToPair(r -> LinkKeys.of(r.nquads(), Iris.DEFAULT).iterator())
                    .persist(StorageLevel.DISK_ONLY());
            try {
                keyed.filter(k -> !LinkKeys.isEvents(k._1()))
                        .groupByKey(parts)
                        .flatMap(g -> {
                            Models.use(s);
                            return LinkGroup.link(g._1(), g._2(), Iris.DEFAULT);
                        })
                        .union(EventLinking.lines(keyed.filter(k -> LinkKeys.isEvents(k._1())), jsc, s, parts))
                        .saveAsTextFile(work + "/" + Shards.LINKING);
            } finally {
                keyed.unpersist(false);
            }
            JavaRDD<ArticleResult> facts = extracted
                    .map(r -> new ArticleResult(r.ordinal(), r.index(), r.source(), r.id(), r.contentHash(), null,
                            r.failure(), r.unreadable(), r.reused()))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                return result(listed, facts, work, liveIndex, parts);
            } finally {
                facts.unpersist(false);
            }
        } finally {
            // waited for: the session may stop right after the job, and a removal still under way is then
            // logged as an error of a connection closed with a request outstanding
            extracted.unpersist(true);
            read.unpersist(true);
        }
    }

    /** Extracts every article; one large .jsonl file is read by one task, its articles are spread over all. */
    private JavaRDD<ArticleResult> extract(JavaRDD<ReadArticle> read, Broadcast<Map<String, String>> duplicates,
                                           int parts) {
        JobSettings s = settings;
        return read.repartition(parts).mapPartitions(it -> {
            Extraction x = new Extraction(s, duplicates.value());
            return new MappedIterator<>(it, x::apply);
        });
    }

    /** Reuses the kept graph of every article whose id, hash and extraction are unchanged; extracts the rest. */
    private JavaRDD<ArticleResult> extractChanged(JavaRDD<ReadArticle> read, JavaPairRDD<String, String> previous,
                                                  Broadcast<Map<String, String>> duplicates, int parts) {
        JobSettings s = settings;
        String key = extraction;
        return read.mapToPair(r -> new Tuple2<>(r.id() == null ? "unread " + r.position()
                        : PreviousResults.key(r.id(), r.contentHash(), key), r))
                .leftOuterJoin(previous, parts)
                .values()
                .mapPartitions(it -> {
                    Extraction x = new Extraction(s, duplicates.value());
                    return new MappedIterator<>(it, p -> x.apply(p._1(), p._2().orElse(null)));
                });
    }

    /**
     * At least the partitions asked for, and one per {@value #ARTICLES_PER_PARTITION} articles: a task's
     * extracted graphs are kept as one block, and at a hundred thousand articles eight blocks no longer
     * fit an executor's memory.
     */
    private int partitionsFor(long articles) {
        long needed = (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(Math.max(partitions, 1), needed));
    }

    /** Where this run's per-article results go until the run has switched. */
    String nextResults() {
        return results + ".next";
    }

    /**
     * Per article the driver holds nothing: the failures come sorted into input order from the executors, a
     * partition at a time, the articles are sorted against the live generation there ({@link ArticleSorting}).
     */
    private Result result(InputFiles listed, JavaRDD<ArticleResult> facts, String work, java.nio.file.Path liveIndex,
                          int parts) {
        List<BuildReport.Failure> failures = new ArrayList<>(listed.failures());
        long unreadable = listed.failures().size();
        Iterator<ArticleResult> failed = facts.filter(r -> !r.ok()).sortBy(ArticleResult::inputPosition, true, parts)
                .toLocalIterator();
        while (failed.hasNext()) {
            ArticleResult r = failed.next();
            failures.add(new BuildReport.Failure(r.source(), r.failure()));
            if (r.unreadable()) unreadable++;
        }
        failures.forEach(f -> log.println("ekg: skipped " + f.input() + ": " + f.reason()));
        long reused = facts.filter(ArticleResult::reused).count();
        ArticleChanges changes = ArticleSorting.sort(facts.filter(ArticleResult::read), liveIndex,
                work + "/" + Shards.CHANGES, spark.sparkContext().hadoopConfiguration(), extraction, reuse, parts);
        log.println("ekg spark-build: " + (changes.extracted() + changes.unchanged() - reused)
                + " articles extracted, " + reused + " reused from the last run");
        return new Result(changes, failures, unreadable);
    }

    /**
     * Positions of articles whose id an earlier input already had, with the reason {@code ekg build} gives:
     * only ids travel, and only the duplicates come back to the driver.
     */
    private static Map<String, String> duplicates(JavaRDD<ReadArticle> read) {
        List<Tuple2<String, String>> found = read
                .filter(r -> r.id() != null)
                .mapToPair(r -> new Tuple2<>(r.id(), new Tuple2<>(r.position(), r.source())))
                .groupByKey()
                .flatMap(g -> {
                    List<Tuple2<String, String>> all = new ArrayList<>();
                    g._2().forEach(all::add);
                    if (all.size() < 2) return Collections.<Tuple2<String, String>>emptyIterator();
                    all.sort(Comparator.comparingInt((Tuple2<String, String> p) -> ordinal(p._1()))
                            .thenComparingInt(p -> index(p._1())));
                    String first = all.get(0)._2();
                    return all.subList(1, all.size()).stream().map(p -> new Tuple2<>(p._1(),
                            "duplicate id \"" + g._1() + "\", already read from " + first)).iterator();
                })
                .collect();
        Map<String, String> out = new HashMap<>();
        found.forEach(t -> out.put(t._1(), t._2()));
        return out;
    }

    private static int ordinal(String position) {
        return Integer.parseInt(position.substring(0, position.indexOf(':')));
    }

    private static int index(String position) {
        return Integer.parseInt(position.substring(position.indexOf(':') + 1));
    }

    private static void delete(String dir, Configuration conf) {
        Path p = new Path(dir);
        try {
            p.getFileSystem(conf).delete(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the work folder " + dir, e);
        }
    }
}
