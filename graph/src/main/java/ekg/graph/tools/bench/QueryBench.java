package ekg.graph.tools.bench;

import ekg.graph.query.NamedQuery;
import ekg.graph.query.QueryRunner;
import org.apache.jena.query.QueryCancelledException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latency of a query as an analyst meets it: with its defaults (for a listing: its first page), and, for a
 * query with parameters, also with values taken from the data ({@link SampleParams}), the way analysts
 * ask ("what did this person say"); a few unmeasured runs, then the median and 95th percentile of the
 * measured ones.
 *
 * <pre>{@code
 * List<Latency> l = new QueryBench(runner, 3, 20).measure(query);
 * }</pre>
 */
public final class QueryBench {
    private final QueryRunner runner;
    private final int warmUp;
    private final int repeat;
    private Map<String, String> samples;

    public QueryBench(QueryRunner runner, int warmUp, int repeat) {
        if (repeat < 1) throw new IllegalArgumentException("repeat < 1: " + repeat);
        this.runner = runner;
        this.warmUp = warmUp;
        this.repeat = repeat;
    }

    /** One query's figures: the parameters it ran with, its rows, and milliseconds. */
    public record Latency(String query, Map<String, String> params, int rows, double medianMs, double p95Ms) {
        /** A query that ran out of time on its first run: no figures, only that. */
        public boolean timedOut() {
            return rows < 0;
        }
    }

    /**
     * Measures the query with its defaults and, when it has parameters, with values from the data; a run
     * that the dataset's query timeout cancels is reported as timed out.
     */
    public List<Latency> measure(NamedQuery q) {
        List<Latency> out = new ArrayList<>();
        out.add(measure(q, Map.of()));
        if (!q.params().isEmpty()) {
            Map<String, String> params = sampled(q);
            if (!params.isEmpty()) out.add(measure(q, params));
        }
        return out;
    }

    private Latency measure(NamedQuery q, Map<String, String> params) {
        try {
            return timed(q, params);
        } catch (QueryCancelledException | NullPointerException e) {
            // Jena 5.6 may fail with an NPE in a hash join's cleanup when the timeout cancels it mid-build.
            return new Latency(q.name(), params, -1, Double.NaN, Double.NaN);
        }
    }

    private Latency timed(NamedQuery q, Map<String, String> params) {
        int rows = runner.select(q, params).size();
        for (int i = 0; i < warmUp; i++) runner.select(q, params);
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            runner.select(q, params);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(q.name(), params, rows, ms[(repeat - 1) / 2], ms[(int) Math.ceil(0.95 * repeat) - 1]);
    }

    private Map<String, String> sampled(NamedQuery q) {
        if (samples == null) samples = SampleParams.from(runner);
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : q.params().keySet()) {
            if (samples.containsKey(p)) params.put(p, samples.get(p));
        }
        return params;
    }
}
