package ekg.graph.cli;

import ekg.ingest.tools.ner.NerBenchmark;
import ekg.ingest.tools.ner.NerRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ekg bench-ner}: name-finding throughput, ekg's chain against the bare OpenNLP name finder. */
@Command(name = "bench-ner", mixinStandardHelpOptions = true,
        description = "Measures tagging throughput in tokens/s on the tokens of annotated files: the bare OpenNLP"
                + " NameFinderME with ekg's default model (the baseline) and ekg's whole name chain (model, gazetteer,"
                + " rules), on one thread and on all cores, in the same run.",
        footer = {"", "Example:", "  ekg bench-ner NER-de-dev.tsv --seconds 10"})
final class BenchNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<file>", description = "Annotated files whose tokens are tagged.")
    List<String> files;

    @Option(names = "--seconds", paramLabel = "S", description = "How long each measurement runs (default: 10).")
    double seconds = 10;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel runs (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    NerTraining training = new NerTraining();

    @Override
    public Integer call() throws Exception {
        NerBenchmark b = NerRuns.benchmark(training.corpus(files));
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens; %d cores; %.0f s per measurement%n",
                b.sentences(), b.tokens(), Runtime.getRuntime().availableProcessors(), seconds);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s%n", "tokens/s", "1 thread", threads + " threads");
        double[] bare = measure("bare NameFinderME (baseline)", n -> b.bare(n, seconds));
        double[] chain = measure("ekg chain (model+gazetteer+rules)", n -> b.chain(n, seconds));
        System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f%n", "chain / baseline", chain[0] / bare[0], chain[1] / bare[1]);
        return 0;
    }

    private interface Run {
        double tokensPerSecond(int threads) throws Exception;
    }

    private double[] measure(String name, Run run) throws Exception {
        System.err.println("ekg bench-ner: " + name + " ...");
        double one = run.tokensPerSecond(1);
        double all = run.tokensPerSecond(threads);
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f%n", name, one, all);
        return new double[] {one, all};
    }
}
