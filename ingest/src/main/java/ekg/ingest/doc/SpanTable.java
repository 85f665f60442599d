package ekg.ingest.doc;

import java.util.Arrays;
import java.util.List;

/**
 * Spans sorted by begin, answering which of them lie within, contain or overlap a span with their
 * positions in the original list, ascending: a search looks only at spans beginning at most the longest
 * span's length before the span asked about.
 */
final class SpanTable {
    private final int[] order;
    private final int[] begins;
    private final int[] ends;
    private final int longest;

    SpanTable(List<Span> spans) {
        int n = spans.size();
        Integer[] byBegin = new Integer[n];
        for (int i = 0; i < n; i++) byBegin[i] = i;
        Arrays.sort(byBegin, (a, b) -> Integer.compare(spans.get(a).begin(), spans.get(b).begin()));
        order = new int[n];
        begins = new int[n];
        ends = new int[n];
        int max = 0;
        for (int k = 0; k < n; k++) {
            Span s = spans.get(byBegin[k]);
            order[k] = byBegin[k];
            begins[k] = s.begin();
            ends[k] = s.end();
            max = Math.max(max, s.length());
        }
        longest = max;
    }

    /** Positions of the spans {@code span} contains. */
    int[] within(Span span) {
        return find(span.begin(), span.end(), span, Relation.WITHIN);
    }

    /** Positions of the spans that contain {@code span}. */
    int[] containing(Span span) {
        return find(span.begin() - longest, span.begin(), span, Relation.CONTAINING);
    }

    /** Positions of the spans overlapping {@code span}. */
    int[] overlapping(Span span) {
        return find(span.begin() - longest, span.end() - 1, span, Relation.OVERLAPPING);
    }

    private enum Relation { WITHIN, CONTAINING, OVERLAPPING }

    /** The positions of spans beginning in [from, to] that stand in {@code r} to {@code span}. */
    private int[] find(int from, int to, Span span, Relation r) {
        int k = firstBeginAtLeast(from);
        int[] out = new int[4];
        int n = 0;
        for (; k < begins.length && begins[k] <= to; k++) {
            int b = begins[k];
            int e = ends[k];
            boolean hit = switch (r) {
                case WITHIN -> span.begin() <= b && e <= span.end();
                case CONTAINING -> b <= span.begin() && span.end() <= e;
                case OVERLAPPING -> b < span.end() && span.begin() < e;
            };
            if (!hit) continue;
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = order[k];
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    private int firstBeginAtLeast(int offset) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
