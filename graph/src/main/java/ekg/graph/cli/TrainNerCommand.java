package ekg.graph.cli;

import ekg.ingest.tools.ner.CorpusFile;
import ekg.ingest.tools.ner.NerRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ekg train-ner}: trains a German name finder (PER, ORG, LOC, OTH) from annotated corpora. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Trains an OpenNLP name finder for PER, ORG, LOC (and OTH where the data has it) from"
                + " GermEval 2014 or CoNLL/BIO files, and records the data, its credits and the parameters in the"
                + " model's manifest.",
                "A data spec is path[#option,...]: format=germeval|conll, sample=N (N sentences spread over the"
                        + " file), only=i/k or except=i/k (fold i of k by sentence index). GermEval files count their"
                        + " outer labels; *deriv/*part labels are folded to O."},
        footer = {"", "Example:", "  ekg train-ner --data NER-de-dev.tsv smartdata_de.converted.bio --out de-ner.bin"})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "<spec>", description = "Training data.")
    List<String> data;

    @Option(names = "--out", required = true, paramLabel = "<model>", description = "Where to write the model (.bin).")
    Path out;

    @Mixin
    NerTraining training = new NerTraining();

    @Override
    public Integer call() throws Exception {
        List<CorpusFile> files = training.corpus(data);
        long t0 = System.nanoTime();
        System.err.println("ekg train-ner: training on " + files.stream().map(CorpusFile::describe).toList()
                + " (" + training.options() + "); this takes a minute or more");
        List<String> report = NerRuns.train(files, training.options(), out);
        System.err.printf("ekg train-ner: done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        report.forEach(System.out::println);
        return 0;
    }
}
