package ekg.ingest.tools.ner;

/** Exact-span counts for one entity type (or all): true positives, false positives, false negatives. */
public record TypeCounts(int tp, int fp, int fn) {

    public TypeCounts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public static final TypeCounts ZERO = new TypeCounts(0, 0, 0);

    public TypeCounts plus(TypeCounts o) {
        return new TypeCounts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** tp / (tp + fp); 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 0 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Names in the gold data. */
    public int gold() {
        return tp + fn;
    }
}
