package ekg.graph.serve;

import ekg.graph.rdf.Iris;
import ekg.graph.store.EkgStore;
import ekg.graph.store.Generations;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The generation the endpoint serves, and the switch to another one without a failed request: the new
 * generation is opened and made active first, then put in the server's registry in place of the old,
 * so each request finds one complete dataset and keeps it to its end. The old one is closed (and its
 * TDB2 files released) only after a grace period and once no transaction runs on it any more.
 */
final class LiveDataset {
    private final Generations gens;
    private final String name;
    private final Duration timeout;
    private final AuthPolicy updaters;
    private final Duration grace;
    private final ScheduledExecutorService scheduler;
    private final PrintStream log;
    private final Map<String, Served> open = new HashMap<>();
    private FusekiServer server;
    private Served live;

    /** One open generation, the service over it, and its pending close once it is no longer served. */
    private static final class Served {
        final String gen;
        final EkgStore store;
        final DataService service;
        ScheduledFuture<?> retiring;

        Served(String gen, EkgStore store, DataService service) {
            this.gen = gen;
            this.store = store;
            this.service = service;
        }
    }

    LiveDataset(Generations gens, String name, Duration timeout, AuthPolicy updaters, Duration grace,
                ScheduledExecutorService scheduler, PrintStream log) {
        this.gens = gens;
        this.name = name;
        this.timeout = timeout;
        this.updaters = updaters;
        this.grace = grace;
        this.scheduler = scheduler;
        this.log = log;
    }

    /** Opens the live generation for the server to be built with. */
    synchronized DataService openLive() {
        String gen = gens.current().orElseThrow(() -> new IllegalArgumentException("no dataset in " + gens.root()
                + ": run 'ekg rebuild <inputs> --db " + gens.root() + "' first"));
        live = open(gen);
        return live.service;
    }

    synchronized void attach(FusekiServer server) {
        this.server = server;
    }

    synchronized String generation() {
        return live.gen;
    }

    /** Serves {@code gen} from now on; the request in flight on the old one finish there. */
    synchronized void switchTo(String gen) {
        if (gen.equals(live.gen)) return;
        long t0 = System.nanoTime();
        Served next = open.containsKey(gen) ? open.get(gen) : open(gen);
        if (next.retiring != null) next.retiring.cancel(false);
        next.retiring = null;
        server.getDataAccessPointRegistry().put(name, new DataAccessPoint(name, next.service));
        Served old = live;
        live = next;
        old.retiring = scheduler.schedule(() -> retire(old), grace.toMillis(), TimeUnit.MILLISECONDS);
        log.printf("ekg serve: now serving %s (was %s; switched in %d ms)%n", gen, old.gen,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private Served open(String gen) {
        EkgStore store = EkgStore.openGeneration(gens, gen, Iris.DEFAULT);
        store.datasetGraph().getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        DataService.Builder b = DataService.newBuilder(store.datasetGraph()).withStdServices(false);
        if (updaters != null) b.addEndpoint(Operation.Update, "update", updaters);
        DataService service = b.build();
        if (server != null) {
            // Without the server's processors it answers "No processor for operation"; the first one gets them from the builder.
            service.setEndpointProcessors(server.getOperationRegistry());
            service.goActive();
        }
        Served s = new Served(gen, store, service);
        open.put(gen, s);
        return s;
    }

    /** Closes a generation no longer served, once nothing runs on it; tries again later while busy. */
    private void retire(Served s) {
        synchronized (this) {
            if (s == live || s.retiring == null) return;
            if (s.service.activeTxn.get() > 0) {
                s.retiring = scheduler.schedule(() -> retire(s), 1, TimeUnit.SECONDS);
                return;
            }
            s.service.goOffline();
            open.remove(s.gen);
            s.store.close();
        }
        log.println("ekg serve: released " + s.gen);
    }

    /** Closes every generation still open. */
    synchronized void close() {
        open.values().forEach(s -> s.store.close());
        open.clear();
    }
}
