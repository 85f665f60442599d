package ekg.ingest.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Pairwise scores of a clustering: over every pair of items, a true positive when gold and
 * extraction both put them together, a false positive when only the extraction does, a false
 * negative when only the gold does. With no pair to judge, precision and recall count as 1.
 */
public record Pairwise(long tp, long fp, long fn) {

    /** An item: its group in the gold, its group in the extraction, and the article it stands in. */
    record Item(Object gold, Object got, String article) {}

    /** Scores the pairs that {@code scope} admits. */
    static Pairwise of(List<Item> items, BiPredicate<Item, Item> scope) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < items.size(); i++) {
            Item x = items.get(i);
            for (int j = i + 1; j < items.size(); j++) {
                Item y = items.get(j);
                if (!scope.test(x, y)) continue;
                boolean g = x.gold().equals(y.gold());
                boolean p = x.got().equals(y.got());
                if (g && p) tp++;
                else if (p) fp++;
                else if (g) fn++;
            }
        }
        return new Pairwise(tp, fp, fn);
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d pairs together in both, %d only in ekg, %d only in gold)",
                precision(), recall(), f1(), tp, fp, fn);
    }
}
