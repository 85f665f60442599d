package ekg.graph.cli;

import ekg.graph.query.NamedQuery;
import ekg.graph.rebuild.RebuildReport;
import ekg.graph.tools.bench.ExtractionBench.Throughput;
import ekg.graph.tools.bench.ExtractionForks;
import ekg.graph.tools.bench.Heap;
import ekg.graph.tools.bench.LoadBench;
import ekg.graph.tools.bench.QueryBench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The figures of {@code ekg bench}, collected phase by phase and printed as one table at the end. */
final class BenchTable {
    private final List<String> lines = new ArrayList<>();

    /** Wall time and peak heap of one phase. */
    record Phase(long t0) {
        static Phase start() {
            Heap.resetPeak();
            return new Phase(System.nanoTime());
        }

        Done end() {
            return new Done((System.nanoTime() - t0) / 1e9, Heap.peakMb(), Heap.peakAfterGcMb());
        }
    }

    record Done(double seconds, long peakHeapMb, long peakAfterGcMb) {
    }

    void header(String command, int n, int threads) {
        add("command: %s", command);
        add("N = %d articles; %d cores; %d extraction threads; max heap %d MB; Java %s", n,
                Runtime.getRuntime().availableProcessors(), threads, Heap.maxMb(), System.getProperty("java.version"));
    }

    /** Figures measured in this JVM. */
    void extraction(ExtractionForks.Figures f, int threads) {
        extractionRows(f, threads);
        add("%-58s %14.3f %14.3f", "ekg / bare", f.one().ratio(), f.all().ratio());
    }

    /** Figures measured in several JVMs: each the median over them, and every JVM's ratios below. */
    void extraction(ExtractionForks.Result r, int threads) {
        extractionRows(r.median(), threads);
        double[] ratios = r.medianRatios();
        add("%-58s %14.3f %14.3f", "ekg / bare (median of the JVMs' ratios)", ratios[0], ratios[1]);
        for (int i = 0; i < r.each().size(); i++) {
            ExtractionForks.Figures f = r.each().get(i);
            add("%-58s %14.3f %14.3f", "  ekg / bare in JVM " + (i + 1), f.one().ratio(), f.all().ratio());
        }
        add("(extraction: each figure the median over %d fresh JVMs, one after the other)", r.each().size());
    }

    private void extractionRows(ExtractionForks.Figures f, int threads) {
        Throughput bare1 = f.one().bare();
        Throughput ekg1 = f.one().pipeline();
        Throughput bareN = f.all().bare();
        Throughput ekgN = f.all().pipeline();
        add("");
        add("extraction (%d articles, %d tokens)          %14s %14s", f.articles(), f.tokens(), "1 thread", threads + " threads");
        row("bare OpenNLP articles/s (baseline)", bare1.articlesPerSecond(), bareN.articlesPerSecond());
        row("bare OpenNLP tokens/s (baseline)", bare1.tokensPerSecond(), bareN.tokensPerSecond());
        row("ekg pipeline articles/s", ekg1.articlesPerSecond(), ekgN.articlesPerSecond());
        row("ekg pipeline tokens/s", ekg1.tokensPerSecond(), ekgN.tokensPerSecond());
    }

    private void row(String name, double one, double all) {
        add("%-58s %14.1f %14.1f", name, one, all);
    }

    void rebuild(RebuildReport r, Done done, long diskMb) {
        add("");
        add("end-to-end rebuild (ekg rebuild: read, extract, bulk load, link, SHACL, switch)");
        add("%-58s %14.1f", "rebuild time s", done.seconds());
        add("%-58s %14.1f", "  of which read, extract and load s", r.timings().extractMs() / 1000.0);
        add("%-58s %14.1f", "  of which shared graphs (linking) and snapshot s", r.timings().copyMs() / 1000.0);
        add("%-58s %14.1f", "  of which validation (SHACL, drop check) s", r.timings().validateMs() / 1000.0);
        add("%-58s %14d", "articles stored", r.articles().stored());
        add("%-58s %14d", "triples in article graphs", r.triples().articles());
        add("%-58s %14.1f", "articles/s", r.articles().stored() / done.seconds());
        add("%-58s %14d", "peak heap in use MB (upper bound, garbage included)", done.peakHeapMb());
        add("%-58s %14d", "peak heap left after a garbage collection MB", done.peakAfterGcMb());
        add("%-58s %14d", "database on disk MB", diskMb);
    }

    /**
     * {@code ekg} is null when the transactional load was not run; the bulk loads are medians of as many
     * runs as there are {@code ratios} (each round's Jena time over ekg's).
     */
    void load(LoadBench.Load bulk, long bulkHeapMb, LoadBench.Load ekg, long ekgHeapMb, LoadBench.Load jena,
              long jenaHeapMb, List<Double> ratios) {
        add("");
        add("load of the same N-Quads (%d quads)        %14s %14s %14s", jena.quads(), "quads/s", "time s", "peak heap MB");
        add("%-58s %14.0f %14.1f %14d", "Jena phased bulk loader (baseline)", jena.quadsPerSecond(), jena.seconds(), jenaHeapMb);
        add("%-58s %14.0f %14.1f %14d", "ekg bulk load (new generation, text index, as rebuild)", bulk.quadsPerSecond(),
                bulk.seconds(), bulkHeapMb);
        if (ekg != null) {
            add("%-58s %14.0f %14.1f %14d", "ekg replace (64 articles/txn, text index, as build)", ekg.quadsPerSecond(),
                    ekg.seconds(), ekgHeapMb);
        } else {
            add("%-58s %44s", "ekg replace (64 articles/txn, text index, as build)", "not run above 1,000 articles");
        }
        add("%-58s %14.3f", "ekg bulk / Jena", bulk.quadsPerSecond() / jena.quadsPerSecond());
        if (ekg != null) add("%-58s %14.3f", "ekg replace / Jena", ekg.quadsPerSecond() / jena.quadsPerSecond());
        if (ratios.size() > 1) {
            add("%-58s %s", "ekg bulk / Jena of each round", ratios.stream().map(r -> String.format(Locale.ROOT, "%.3f", r))
                    .collect(Collectors.joining(" ")));
            add("(bulk loads: one warm-up run each not counted, then the median of %d runs each, the two taking turns)",
                    ratios.size());
        }
    }

    void query(QueryBench.Latency l) {
        if (lines.stream().noneMatch(s -> s.startsWith("query latency"))) {
            add("");
            add("query latency %-44s %14s %14s %14s", "(params)", "rows", "median ms", "p95 ms");
        }
        String name = l.query() + (l.params().isEmpty() ? "" : " " + l.params());
        if (l.timedOut()) {
            add("%-58s %14s %29s", name.length() > 58 ? name.substring(0, 55) + "..." : name, "-", "timed out on its first run");
            return;
        }
        add("%-58s %14d %14.1f %14.1f", name.length() > 58 ? name.substring(0, 55) + "..." : name, l.rows(),
                l.medianMs(), l.p95Ms());
    }

    private void add(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        // Each figure is printed as soon as it is measured: a 100k run takes most of an hour, and a
        // failure in its last phase must not take the figures of the others with it.
        System.out.println(line);
        System.out.flush();
    }

    void loadFailed(Throwable e) {
        add("");
        add("load of the same N-Quads: failed: %s", e);
    }

    /** Every query file the project's queries folder holds, by name. */
    static List<Path> queryFiles() {
        for (Path dir : QueryFiles.folders()) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        throw new IllegalStateException("no queries folder in " + QueryFiles.folders());
    }

    static NamedQuery load(Path file) {
        try {
            return QueryFiles.load(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
