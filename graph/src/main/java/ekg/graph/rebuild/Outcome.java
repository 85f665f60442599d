package ekg.graph.rebuild;

/** How a rebuild ended, with the exit code a scheduler acts on. */
public enum Outcome {
    /** The new generation is live; every article was stored. */
    SWITCHED(0),
    /** The new generation is live; some articles failed (below the allowed share) and were skipped. */
    SWITCHED_WITH_FAILURES(1),
    /** The run could not complete; the live generation is untouched. */
    FATAL(3),
    /** SHACL violations, or far fewer articles or triples than before; not switched. */
    INVALID(4),
    /** More articles failed than the allowed share; not switched. */
    TOO_MANY_FAILURES(5),
    /** Another rebuild (or a rollback) holds the folder; nothing was done. */
    BUSY(6);

    private final int exitCode;

    Outcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public boolean switched() {
        return this == SWITCHED || this == SWITCHED_WITH_FAILURES;
    }
}
