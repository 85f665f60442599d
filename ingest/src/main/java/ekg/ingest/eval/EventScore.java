package ekg.ingest.eval;

import java.util.List;

/** The event section's score: the share of gold events matched by exactly one event node. */
public record EventScore(Ratio matched, int eventNodes, List<Failure> failures) {

    /** A gold event not matched, and how many nodes matched it (0, or more than one). */
    public record Failure(String what, String type, String agent, String place, String when, int nodes) {}
}
