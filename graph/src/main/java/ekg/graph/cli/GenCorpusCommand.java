package ekg.graph.cli;

import ekg.graph.tools.bench.CorpusGenerator;
import ekg.graph.tools.bench.CorpusWriter;
import ekg.ingest.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ekg gen-corpus}: writes N generated German articles for scale tests and benchmarks. */
@Command(name = "gen-corpus", mixinStandardHelpOptions = true,
        description = {"Writes N realistic German news articles as JSON Lines files (1,000 articles a file), made from",
                "sentence templates and the knowledge base's people, places, countries and organizations. About four",
                "outlets report each story, so linking has work to do. The same seed always gives the same corpus."},
        footer = {"", "Example:", "  ekg gen-corpus --n 10000 --out data/corpus-10k"})
final class GenCorpusCommand implements Callable<Integer> {

    @Option(names = "--n", required = true, paramLabel = "N", description = "How many articles.")
    long n;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Override
    public Integer call() {
        if (n < 1 || n > Integer.MAX_VALUE) throw new IllegalArgumentException("--n must be between 1 and " + Integer.MAX_VALUE);
        CorpusGenerator generator = new CorpusGenerator(KnowledgeBase.builtIn(), seed, (int) n);
        int files = new CorpusWriter(generator).write(n, out);
        System.err.println("ekg: wrote " + n + " articles in " + files + " file(s) to " + out);
        return 0;
    }
}
