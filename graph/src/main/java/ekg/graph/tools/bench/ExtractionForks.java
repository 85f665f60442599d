package ekg.graph.tools.bench;

import ekg.graph.tools.bench.ExtractionBench.Comparison;
import ekg.graph.tools.bench.ExtractionBench.Throughput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The extraction comparison run in several fresh JVMs, one after the other, with the median of each
 * figure: within one JVM the passes agree, but from one JVM to the next the JIT compiles the pipeline
 * differently and the ratio to the bare calls moves by about ±0.05 on a 2-core machine, more than
 * anything one pass can show. Each JVM runs the hidden command {@code ekg bench-extraction}, which
 * prints one {@link Figures#line()}.
 *
 * <pre>{@code
 * ExtractionForks.Result r = new ExtractionForks(3).run(List.of("--corpus", dir, "--sample", "500", "--threads", "2"));
 * }</pre>
 */
public final class ExtractionForks {
    private static final String MARK = "ekg-extraction";
    private final int forks;

    public ExtractionForks(int forks) {
        if (forks < 1) throw new IllegalArgumentException("forks < 1: " + forks);
        this.forks = forks;
    }

    /** What one JVM measured: the sample, and the comparison on one thread and on all. */
    public record Figures(int articles, long tokens, Comparison one, Comparison all) {

        /** The line the child prints, and the parent reads with {@link #parse}. */
        public String line() {
            return String.format(Locale.ROOT, "%s %d %d %f %f %f %f %f %f %f %f", MARK, articles, tokens,
                    one.bare().articlesPerSecond(), one.bare().tokensPerSecond(),
                    one.pipeline().articlesPerSecond(), one.pipeline().tokensPerSecond(),
                    all.bare().articlesPerSecond(), all.bare().tokensPerSecond(),
                    all.pipeline().articlesPerSecond(), all.pipeline().tokensPerSecond());
        }

        static Figures parse(String line) {
            String[] f = line.trim().split(" ");
            if (f.length != 11 || !f[0].equals(MARK)) throw new IllegalArgumentException("not a line of figures: " + line);
            double[] v = Arrays.stream(f, 3, 11).mapToDouble(Double::parseDouble).toArray();
            return new Figures(Integer.parseInt(f[1]), Long.parseLong(f[2]),
                    new Comparison(new Throughput(v[0], v[1]), new Throughput(v[2], v[3])),
                    new Comparison(new Throughput(v[4], v[5]), new Throughput(v[6], v[7])));
        }
    }

    /** Every JVM's figures, and the median of each figure over them. */
    public record Result(List<Figures> each) {
        public Figures median() {
            Figures first = each.get(0);
            return new Figures(first.articles(), first.tokens(),
                    new Comparison(throughput(f -> f.one().bare()), throughput(f -> f.one().pipeline())),
                    new Comparison(throughput(f -> f.all().bare()), throughput(f -> f.all().pipeline())));
        }

        /** The median of the JVMs' own ratios (not the ratio of the medians), one thread and all. */
        public double[] medianRatios() {
            return new double[] {median(f -> f.one().ratio()), median(f -> f.all().ratio())};
        }

        private Throughput throughput(Function<Figures, Throughput> part) {
            return new Throughput(median(f -> part.apply(f).articlesPerSecond()), median(f -> part.apply(f).tokensPerSecond()));
        }

        private double median(ToDoubleFunction<Figures> figure) {
            double[] v = each.stream().mapToDouble(figure).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    /** Runs {@code ekg bench-extraction} with {@code args} in each fresh JVM; their progress goes to this one's stderr. */
    public Result run(List<String> args) {
        List<Figures> each = new ArrayList<>();
        for (int i = 1; i <= forks; i++) {
            System.err.println("ekg bench: extraction in JVM " + i + " of " + forks + " ...");
            each.add(runOne(args));
        }
        return new Result(each);
    }

    private static Figures runOne(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The heap and stack settings of this JVM, so that each fork runs as the bench itself would.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.startsWith("-Xss")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "ekg.graph.cli.Ekg", "bench-extraction"));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String figures = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.startsWith(MARK)) figures = l;
                }
            }
            int exit = p.waitFor();
            if (exit != 0 || figures == null) {
                throw new IllegalStateException("the extraction JVM ended with exit code " + exit
                        + (figures == null ? " and no figures" : "") + ": " + String.join(" ", command));
            }
            return Figures.parse(figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for the extraction bench", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the extraction JVM ran", e);
        }
    }
}
