package ekg.ingest.eval;

import java.util.List;

/**
 * Events on a development set: gold events found (an event mention of ekg overlaps one of their
 * triggers), typed right, their actors recalled; ekg's mentions that overlap no gold trigger (Statement
 * left out: speech is scored as quotes); and within-article coreference, pairwise. Each list starts
 * with its "all" row.
 */
public record TriggerScore(List<Gold> gold, List<Extracted> extracted, Pairwise coreference, List<Case> cases) {

    /** Gold events of a type: how many, found, typed right; the actors of the found ones, and those recalled. */
    public record Gold(String type, int total, int found, int typed, int actors, int actorsRecalled) {
        public Ratio foundRatio() {
            return new Ratio(found, total);
        }

        public Ratio typedRatio() {
            return new Ratio(typed, total);
        }

        public Ratio actorRatio() {
            return new Ratio(actorsRecalled, actors);
        }
    }

    /** ekg's event mentions of a type (after the aliases), and those that overlap no gold trigger. */
    public record Extracted(String type, int total, int unmatched) {
        /** The share that overlaps a gold trigger. */
        public Ratio precision() {
            return new Ratio(total - unmatched, total);
        }
    }
}
