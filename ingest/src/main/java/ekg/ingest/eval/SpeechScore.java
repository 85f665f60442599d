package ekg.ingest.eval;

import java.util.List;

/**
 * Speech on a development set, per gold mode: found (an extracted quote of the article overlaps the
 * gold text), attributed (besides, a label of its speaker shares a capitalised word with the gold
 * speaker's name; gold without a name is left out), and the precision of quote-marked extracted speech.
 */
public record SpeechScore(List<Mode> modes, Ratio markedPrecision, List<Case> cases) {

    /** The counts of one gold mode. */
    public record Mode(String mode, int gold, int found, int named, int attributed) {
        public Ratio foundRatio() {
            return new Ratio(found, gold);
        }

        public Ratio attributedRatio() {
            return new Ratio(attributed, named);
        }
    }
}
