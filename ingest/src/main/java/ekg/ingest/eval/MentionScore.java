package ekg.ingest.eval;

import java.util.List;

/**
 * Entity mentions on a development set: recall of the gold mentions (found: a mention of ekg overlaps
 * one) per type and kind, precision of ekg's people, organizations and places, pairwise scores of the
 * grouping over the found mentions, and the distinct pairs merged.
 */
public record MentionScore(List<Recall> recall, List<Precision> precision, List<Grouping> grouping,
                           int distinctMerged, int distinctPairs, List<Case> cases) {

    /** Gold mentions of a type ("all" for every type) and kind ("all", "name", "role"), and how many were found. */
    public record Recall(String type, String kind, int gold, int found) {
        public Ratio ratio() {
            return new Ratio(found, gold);
        }
    }

    /**
     * ekg's mentions of a type: those that overlap a gold mention, those that do not, and, apart, those
     * that do not and stand inside a hyphenated compound (a name in a compound is no gold mention).
     */
    public record Precision(String type, int right, int wrong, int inCompound) {
        /** Right of all but the compound parts. */
        public Ratio ratio() {
            return new Ratio(right, right + wrong);
        }

        /** Right of all, compound parts counted as wrong. */
        public Ratio withCompounds() {
            return new Ratio(right, right + wrong + inCompound);
        }
    }

    /** The grouping's pairwise scores over the found mentions of a type: all pairs, and pairs across articles. */
    public record Grouping(String type, Pairwise all, Pairwise across) {}
}
