package ekg.ingest.eval;

/** A share with its counts, so a score of 1.0 on two items is not mistaken for one on two hundred. */
public record Ratio(int hits, int total) {
    public Ratio {
        if (hits < 0 || total < 0 || hits > total) throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
    }

    /** The share; 0 when there is nothing to count. */
    public double value() {
        return total == 0 ? 0 : (double) hits / total;
    }

    static double f1(Ratio p, Ratio r) {
        double a = p.value();
        double b = r.value();
        return a + b == 0 ? 0 : 2 * a * b / (a + b);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", value(), hits, total);
    }
}
