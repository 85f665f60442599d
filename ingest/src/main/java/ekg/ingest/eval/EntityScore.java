package ekg.ingest.eval;

import java.util.List;

/** The entity section's scores: groups resolved to one entity of the right type, and wrongly merged pairs. */
public record EntityScore(Ratio groups, int mergedPairs, int pairs, List<Failure> failures, List<List<String>> merged) {

    /** A group that did not resolve, with the first reason found. */
    public record Failure(String name, String type, String why) {}
}
