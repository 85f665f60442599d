package ekg.graph.rebuild;

import ekg.graph.build.BuildJob;
import ekg.graph.build.BuildReport;
import ekg.graph.build.Extractor;
import ekg.graph.link.SharedGraphs;
import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import ekg.graph.store.Generations;
import ekg.graph.store.Snapshot;
import ekg.ingest.doc.Metadata;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.ArticleBatch;
import ekg.ingest.read.ArticleReader;
import org.apache.jena.sparql.core.Quad;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nightly job: builds a complete new generation beside the live one, validates it, and only then
 * makes it live with one atomic rename of the pointer file. Until that rename nothing the live
 * generation or a running {@code ekg serve} sees has changed, so a crash or a kill at any point leaves
 * the live dataset as it was; the next run deletes what a killed run left and starts afresh. A
 * generation that fails validation is deleted at once, its report left in its place.
 *
 * <pre>{@code
 * RebuildReport r = new RebuildJob(Generations.at(db), extractor, sharedGraphs, extractionKey,
 *         RebuildOptions.defaults(), System.err).run(List.of(Path.of("articles")));
 * }</pre>
 */
public final class RebuildJob {
    private final Generations gens;
    private final Extractor extractor;
    private final SharedGraphs shared;
    private final String extraction;
    private final RebuildOptions options;
    private final PrintStream log;
    private final Filling filling;
    private final Iris iris = Iris.DEFAULT;
    private FailureHandler.OnError onError = FailureHandler.OnError.SKIP;

    public RebuildJob(Generations gens, Extractor extractor, SharedGraphs shared, String extraction,
                      RebuildOptions options, PrintStream log) {
        this.gens = gens;
        this.extractor = extractor;
        this.shared = shared;
        this.extraction = extraction;
        this.options = options;
        this.log = log;
        this.filling = null;
    }

    /**
     * A rebuild whose generation is filled by {@code filling} (articles extracted and linked elsewhere)
     * instead of by extracting here; everything else (validation, report, switch) is the same.
     */
    public RebuildJob(Generations gens, Filling filling, String extraction, RebuildOptions options, PrintStream log) {
        this.gens = gens;
        this.extractor = null;
        this.shared = null;
        this.extraction = extraction;
        this.options = options;
        this.log = log;
        this.filling = filling;
    }

    /** What to do when an article fails: skip it and report (the default), or end the run unswitched. */
    public RebuildJob onError(FailureHandler.OnError policy) {
        this.onError = policy;
        return this;
    }

    /** Runs the rebuild; the report says whether it switched, and why not. */
    public RebuildReport run(List<Path> inputs) {
        Run run = new Run(inputs);
        Optional<RebuildLock> lock = RebuildLock.tryAcquire(gens.root());
        if (lock.isEmpty()) return run.end(Outcome.BUSY, "another rebuild or rollback is running on " + gens.root());
        try (RebuildLock held = lock.get()) {
            RebuildReport r = build(run);
            if (!r.switched()) gens.reject(run.generation, r::writeJson);
            return r;
        } catch (RuntimeException e) {
            return run.end(Outcome.FATAL, "the run could not complete, nothing was switched: " + e);
        }
    }

    private RebuildReport build(Run run) {
        Optional<String> live = gens.current();
        // Numbered before the leftovers of a killed run go, so that no name is ever used twice.
        run.generation = gens.next();
        gens.deleteAllBut(liveAndPrevious());
        // Totals only: the filling sorts its articles against the live snapshot itself, line by line.
        Snapshot.Totals before = live.map(g -> Snapshot.totals(gens.snapshot(g))).orElse(new Snapshot.Totals(0, 0));
        run.previous = live.orElse(null);
        run.previousTriples = before.quads();
        log.println("ekg rebuild: building " + run.generation + " in " + gens.root()
                + live.map(g -> " beside the live " + g + " (" + before.articles() + " articles)").orElse(""));
        long filled = System.nanoTime();
        if (filling != null) filling.prepare(gens.tdb(run.generation), live.map(gens::snapshot).orElse(null));
        try (EkgStore store = EkgStore.openGeneration(gens, run.generation, iris)) {
            SharedGraphs.Counts c;
            if (filling != null) {
                c = fill(run, store, filled);
            } else {
                run.plan = extract(run, store, live.map(g -> Snapshot.readIndex(gens.snapshot(g))).orElse(Map.of()));
                run.changes = run.plan.changes();
                long t0 = System.nanoTime();
                if (!run.plan.unchanged.isEmpty()) {
                    Snapshot.copy(gens.snapshot(live.orElseThrow()), run.plan.unchanged, store, iris);
                }
                relocate(store, run.plan.moved);
                c = shared.refresh(store.datasetGraph());
                run.copyMs = millisSince(t0);
            }
            log.println("ekg rebuild: linking graph " + c.linking() + " triples, knowledge base graph " + c.kb()
                    + " triples, listing pages " + c.pages() + " triples");
            store.writeSnapshot();
            // Totals only: the new generation's index has a line per article, and nothing here needs them one by one.
            Snapshot.Totals after = Snapshot.totals(gens.snapshot(run.generation));
            run.stored = after.articles();
            run.triples = after.quads();
            run.sharedTriples = c.linking() + c.kb() + c.pages();
            if (run.failureShare() > options.maxFailureShare()) {
                return run.end(Outcome.TOO_MANY_FAILURES, String.format(java.util.Locale.ROOT,
                        "%.1f%% of the articles failed, more than the allowed %.1f%%; not switched; %s deleted",
                        100 * run.failureShare(), 100 * options.maxFailureShare(), run.generation));
            }
            long t1 = System.nanoTime();
            String invalid = validate(run, store, before.articles());
            run.validateMs = millisSince(t1);
            if (invalid != null) return run.end(Outcome.INVALID, invalid + "; not switched; " + run.generation + " deleted");
        }
        gens.switchTo(run.generation);
        gens.deleteAllBut(liveAndPrevious());
        return run.end(run.failures.isEmpty() ? Outcome.SWITCHED : Outcome.SWITCHED_WITH_FAILURES,
                run.generation + " is live" + (run.previous == null ? "" : "; " + run.previous + " kept for rollback"));
    }

    private Plan extract(Run run, EkgStore store, Map<String, Snapshot.Entry> before) {
        long t0 = System.nanoTime();
        BuildJob job = new BuildJob(extractor, store, options.threads(), log).onError(onError)
                .writingTo(store.bulkLoad());
        FailureHandler report = job.reporting(run.failures);
        FailureHandler counting = (input, reason, cause) -> {
            run.readFailures.incrementAndGet();
            report.failed(input, reason, cause);
        };
        ArticleReader reader = ArticleReader.builder().maxBytes(options.maxBytes()).failureHandler(counting).build();
        try (ArticleBatch batch = reader.open(run.inputs)) {
            Plan plan = new Plan(batch, before, extraction, options.incremental());
            BuildReport r = job.run(plan, run.failures);
            run.extracted = r.read() - run.readFailures.get();
            run.failures = new ArrayList<>(r.failures());
            run.extractMs = millisSince(t0);
            return plan;
        }
    }

    /** Copied articles read from another file than before say where they come from now. */
    private void relocate(EkgStore store, Map<String, Metadata> moved) {
        List<Quad> quads = new ArrayList<>();
        for (Map.Entry<String, Metadata> m : moved.entrySet()) {
            quads.addAll(extractor.sourceQuads(m.getKey(), m.getValue()));
            if (quads.size() >= 4096) {
                store.restate(quads);
                quads.clear();
            }
        }
        if (!quads.isEmpty()) store.restate(quads);
    }

    /** Fills the generation through {@link #filling} (timed from {@code t0}, before its preparation). */
    private SharedGraphs.Counts fill(Run run, EkgStore store, long t0) {
        Filling.Filled f = filling.fill(store);
        run.changes = f.changes();
        run.readFailures.set(f.readFailures());
        run.extracted = f.changes().extracted();
        run.failures = new ArrayList<>(f.failures());
        run.extractMs = millisSince(t0);
        return f.shared();
    }

    /** A message when the new generation must not go live, null when it may. */
    private String validate(Run run, EkgStore store, long articlesBefore) {
        if (options.validateShapes()) {
            run.violations = Shapes.load().violations(store.datasetGraph(), 20);
            if (!run.violations.isEmpty()) return "the new dataset violates the SHACL shapes (" + run.violations.get(0) + ")";
        }
        double keep = 1 - options.maxDropShare();
        if (articlesBefore > 0 && run.stored < keep * articlesBefore) {
            return "articles dropped from " + articlesBefore + " to " + run.stored + ", more than the allowed share";
        }
        if (run.previousTriples > 0 && run.triples < keep * run.previousTriples) {
            return "triples dropped from " + run.previousTriples + " to " + run.triples + ", more than the allowed share";
        }
        return null;
    }

    private Set<String> liveAndPrevious() {
        Set<String> keep = new HashSet<>();
        gens.current().ifPresent(keep::add);
        gens.previous().ifPresent(keep::add);
        return keep;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The state of one run, turned into the report at its end. */
    private final class Run {
        final List<Path> inputs;
        final long start = System.nanoTime();
        final String startedAt = Instant.now().toString();
        final AtomicLong readFailures = new AtomicLong();
        List<BuildReport.Failure> failures = new ArrayList<>();
        List<String> violations = List.of();
        Plan plan;
        ArticleChanges changes;
        String generation;
        String previous;
        long extracted;
        long stored;
        long triples;
        long sharedTriples;
        long previousTriples;
        long extractMs;
        long copyMs;
        long validateMs;

        Run(List<Path> inputs) {
            this.inputs = inputs;
        }

        double failureShare() {
            long attempts = extracted + readFailures.get() + (changes == null ? 0 : changes.unchanged());
            return attempts == 0 ? 0 : failures.size() / (double) attempts;
        }

        RebuildReport end(Outcome outcome, String message) {
            log.println("ekg rebuild: " + message);
            ArticleChanges c = changes != null ? changes : ArticleChanges.NONE;
            List<String> moved = plan != null ? List.copyOf(plan.moved.keySet()) : List.of();
            RebuildReport.Articles articles = new RebuildReport.Articles(extracted + readFailures.get() + c.unchanged(),
                    c.added(), c.changed(), c.reextracted(), c.unchanged(), moved.size(), c.removedIds().size(),
                    failures.size(), stored, c.addedIds(), c.changedIds(), moved, c.removedIds());
            return new RebuildReport(outcome, outcome.exitCode(), message, startedAt,
                    inputs.stream().map(Path::toString).toList(), generation, previous, outcome.switched(), articles,
                    failures, new RebuildReport.Triples(triples + sharedTriples, triples, sharedTriples, previousTriples),
                    violations,
                    new RebuildReport.Timings(extractMs, copyMs, validateMs, millisSince(start)));
        }
    }
}
