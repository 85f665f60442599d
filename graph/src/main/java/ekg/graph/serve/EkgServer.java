package ekg.graph.serve;

import ekg.graph.store.Generations;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The SPARQL endpoint: an embedded Fuseki serving the live generation at {@code /ekg} (query by GET and
 * POST in every standard result format, Graph Store Protocol read-only, the union of the article graphs
 * as default graph, full-text search), with CORS, a query timeout and a result cap. It watches the
 * generation pointer and switches to a new generation as soon as a rebuild or rollback makes one live.
 * With a password file it also serves Fuseki's web UI (without its tabs for adding and editing data
 * unless updates are allowed), its admin paths behind authentication, and SPARQL Update at
 * {@code /ekg/update} when allowed; without one, neither, and {@code /} says where SPARQL is.
 *
 * <pre>{@code
 * try (EkgServer server = EkgServer.builder(Path.of("data/ekg")).port(3030).start()) {
 *     server.join();
 * }
 * }</pre>
 */
public final class EkgServer implements AutoCloseable {
    public static final String DATASET = "/ekg";

    private final FusekiServer server;
    private final LiveDataset live;
    private final ScheduledExecutorService scheduler;

    private EkgServer(FusekiServer server, LiveDataset live, ScheduledExecutorService scheduler) {
        this.server = server;
        this.live = live;
        this.scheduler = scheduler;
    }

    public static Builder builder(Path db) {
        return new Builder(db);
    }

    /** The HTTP port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The generation served now. */
    public String generation() {
        return live.generation();
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        server.stop();
        live.close();
    }

    /** The settings of a server; {@link #start()} opens the live generation and starts listening. */
    public static final class Builder {
        private final Path db;
        private int port = 3030;
        private boolean loopback;
        private Path passwordFile;
        private boolean updates;
        private Duration timeout = Duration.ofSeconds(30);
        private long maxRows = 10_000;
        private Duration poll = Duration.ofSeconds(1);
        private Duration grace = Duration.ofSeconds(5);
        private PrintStream log = System.err;
        private List<String> corsOrigins = List.of();

        private Builder(Path db) {
            this.db = db;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Listen on the loopback interface only. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** Users and passwords for the UI, the admin paths and updates; null for none of those. */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** Allow SPARQL Update at /ekg/update for the users of the password file. */
        public Builder allowUpdates(boolean updates) {
            this.updates = updates;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The most rows (or solutions of a CONSTRUCT or DESCRIBE) one query returns. */
        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /** How often the generation pointer is read. */
        public Builder poll(Duration poll) {
            this.poll = poll;
            return this;
        }

        /** How long an old generation stays open after a switch, for requests that found it just before. */
        public Builder grace(Duration grace) {
            this.grace = grace;
            return this;
        }

        /** Origins whose pages may send credentials (a login) with their requests; none: any origin, never credentials. */
        public Builder corsOrigins(List<String> origins) {
            for (String o : origins) {
                if (o.equals("*") || !o.matches("https?://[^/\\s]+")) {
                    throw new IllegalArgumentException("a CORS origin is scheme://host[:port], not '" + o + "'");
                }
            }
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        public Builder log(PrintStream log) {
            this.log = log;
            return this;
        }

        public EkgServer start() {
            if (updates && passwordFile == null) {
                throw new IllegalArgumentException("updates need authentication: give a password file (--passwd FILE)");
            }
            Generations gens = Generations.at(db);
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ekg-serve-switch");
                t.setDaemon(true);
                return t;
            });
            LiveDataset live = new LiveDataset(gens, DATASET, timeout, updates ? Auth.ANY_USER : null, grace, scheduler, log);
            try {
                DataService first = live.openLive();
                FusekiServer server = fuseki(first).build();
                live.attach(server);
                server.start();
                new Watcher(gens, live, log).every(scheduler, poll);
                return new EkgServer(server, live, scheduler);
            } catch (RuntimeException e) {
                scheduler.shutdownNow();
                live.close();
                throw e;
            }
        }

        private FusekiServer.Builder fuseki(DataService first) {
            FusekiServer.Builder b = FusekiServer.create().port(port).loopback(loopback)
                    .enableCors(true, Cors.configFile(corsOrigins)).enablePing(true)
                    .registerOperation(Operation.Query, new CappedQuery(maxRows))
                    .addFilter(DATASET + "/*", new UnionDefault())
                    .add(DATASET, first);
            if (passwordFile == null) {
                log.println("ekg serve: no --passwd given: web UI and admin paths are off, updates refused");
                return b.fusekiModules(FusekiModules.create()).addServlet("", new FrontPage());
            }
            log.println("ekg serve: web UI at / and admin paths under /$/ need a login from " + passwordFile
                    + (updates ? "; SPARQL Update at " + DATASET + "/update too" : "; updates refused"));
            // Queries stay open to all: without this, a password file alone makes Fuseki demand a login everywhere.
            b.securityHandler(Security.handler(passwordFile)).serverAuthPolicy(Auth.ANY_ANON)
                    .fusekiModules(FusekiModules.create(new AdminArea(db.resolve("fuseki")), FMod_UI.create()));
            return updates ? b : b.addServlet("", new ReadOnlyUi()).addServlet("/index.html", new ReadOnlyUi());
        }
    }

    /** Reads the pointer file on a schedule and switches when it names another generation. */
    private record Watcher(Generations gens, LiveDataset live, PrintStream log) {
        void every(ScheduledExecutorService scheduler, Duration poll) {
            scheduler.scheduleWithFixedDelay(this::check, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void check() {
            try {
                gens.current().filter(g -> !g.equals(live.generation())).ifPresent(live::switchTo);
            } catch (RuntimeException e) {
                log.println("ekg serve: cannot switch generation, still serving " + live.generation() + ": " + e);
            }
        }
    }
}
