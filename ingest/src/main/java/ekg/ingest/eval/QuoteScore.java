package ekg.ingest.eval;

import java.util.List;

/**
 * The quote section's scores: precision, recall and F1 of quote-marked speech (direct and partial),
 * recall of reported speech (indirect), with every miss and false positive spelled out.
 */
public record QuoteScore(Ratio precision, Ratio recall, double f1, Ratio indirectRecall, int ignored,
                         List<Miss> misses, List<FalsePositive> falsePositives) {

    /** A gold quote no extracted quote matched with the right speaker; {@code got} says what was found. */
    public record Miss(String article, String mode, String text, String expectedSpeaker, String got) {}

    /** An extracted quote-marked quote that is no gold quote, or has the wrong speaker. */
    public record FalsePositive(String article, String mode, String text, String speaker, String why) {}
}
