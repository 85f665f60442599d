package ekg.ingest.tools.ner;

import opennlp.tools.util.Span;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span name-finder scores: a predicted name counts only if its start, end and type all match a
 * gold name. Per type, and micro-averaged over all types.
 *
 * <pre>{@code
 * NerScores.Builder b = NerScores.builder();
 * b.add(goldSpans, predictedSpans);
 * System.out.println(b.build().format());
 * }</pre>
 */
public final class NerScores {
    private static final List<String> ORDER = List.of("PER", "ORG", "LOC", "OTH");

    private final Map<String, TypeCounts> byType;
    private final int sentences;

    private NerScores(Map<String, TypeCounts> byType, int sentences) {
        this.byType = byType;
        this.sentences = sentences;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Counts per type, in the order PER, ORG, LOC, OTH, then any others alphabetically. */
    public Map<String, TypeCounts> byType() {
        return byType;
    }

    /** Counts for one type; zero if the type never occurred. */
    public TypeCounts of(String type) {
        return byType.getOrDefault(type, TypeCounts.ZERO);
    }

    /** The micro-averaged counts over all types. */
    public TypeCounts overall() {
        return byType.values().stream().reduce(TypeCounts.ZERO, TypeCounts::plus);
    }

    public double f1() {
        return overall().f1();
    }

    public int sentences() {
        return sentences;
    }

    /** A table of counts and P/R/F1 per type and overall, ending with a line {@code F1 <value>}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("Exact-span match over ").append(sentences).append(" sentences; GermEval files count their outer")
                .append(" labels only, with *deriv/*part labels folded to O.\n");
        sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s %7s %7s %7s%n",
                "type", "gold", "tp", "fp", "fn", "P", "R", "F1"));
        byType.forEach((type, c) -> sb.append(row(type, c)));
        sb.append(row("overall", overall()));
        sb.append(String.format(Locale.ROOT, "F1 %.4f%n", f1()));
        return sb.toString();
    }

    private static String row(String name, TypeCounts c) {
        return String.format(Locale.ROOT, "%-8s %6d %6d %6d %6d %7.4f %7.4f %7.4f%n",
                name, c.gold(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NerScores[F1=%.4f, %s]", f1(), byType);
    }

    /** Adds up sentences or whole score sets; not thread-safe. */
    public static final class Builder {
        private final Map<String, int[]> counts = new TreeMap<>(
                Comparator.comparingInt((String t) -> ORDER.contains(t) ? ORDER.indexOf(t) : ORDER.size())
                        .thenComparing(Comparator.naturalOrder()));
        private int sentences;

        /** Scores one sentence: gold and predicted names as typed token spans. */
        public Builder add(Span[] gold, Span[] predicted) {
            Set<Span> g = new HashSet<>(List.of(gold));
            Set<Span> p = new HashSet<>(List.of(predicted));
            for (Span s : p) count(s.getType())[g.contains(s) ? 0 : 1]++;
            for (Span s : g) {
                if (!p.contains(s)) count(s.getType())[2]++;
            }
            sentences++;
            return this;
        }

        /** Adds another score set, e.g. one cross-validation fold. */
        public Builder add(NerScores other) {
            other.byType.forEach((type, c) -> {
                int[] n = count(type);
                n[0] += c.tp();
                n[1] += c.fp();
                n[2] += c.fn();
            });
            sentences += other.sentences;
            return this;
        }

        private int[] count(String type) {
            return counts.computeIfAbsent(type == null ? "default" : type, t -> new int[3]);
        }

        public NerScores build() {
            Map<String, TypeCounts> m = new LinkedHashMap<>();
            counts.forEach((type, n) -> m.put(type, new TypeCounts(n[0], n[1], n[2])));
            return new NerScores(Collections.unmodifiableMap(m), sentences);
        }
    }
}
