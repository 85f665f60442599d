package ekg.graph.cli;

import ekg.ingest.tools.ner.CorpusFile;
import ekg.ingest.tools.ner.NerRuns;
import ekg.ingest.tools.ner.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ekg eval-ner}: exact-span precision, recall and F1 of ekg's name finding on annotated files. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Tags the tokens of annotated files and prints exact-span precision, recall and F1 per type"
                + " and overall (micro-averaged). GermEval files count their outer labels, with *deriv/*part folded"
                + " to O. By default the whole chain runs as ekg runs it (model, then known names from the knowledge"
                + " base and name lists, then German rules); --model-only scores the statistical model alone.",
                "With --folds k the files' sentences are pooled and cross-validated instead: k models are trained"
                        + " (and, for the chain, k sets of name lists derived), each on all folds but one.",
                "The last line is 'F1 <value>'."},
        footer = {"", "Examples:", "  ekg eval-ner NER-de-test.tsv --format germeval",
                "  ekg eval-ner NER-de-dev.tsv --folds 5"})
final class EvalNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<file>", description = "Annotated files (data specs as in train-ner).")
    List<String> files;

    @Option(names = "--model", paramLabel = "<model>", description = "A model file instead of ekg's default model.")
    Path model;

    @Option(names = "--model-only", description = "Score the statistical model alone, without gazetteer and rules.")
    boolean modelOnly;

    @Option(names = "--lists", paramLabel = "<dir>",
            description = "Name lists (names.tsv, given-names.txt) instead of the built-in ones, e.g. lists derived"
                    + " from training folds only, so that held-out sentences are not in them.")
    Path lists;

    @Option(names = "--folds", paramLabel = "k", description = "k-fold cross-validation on the files' sentences.")
    Integer folds;

    @Mixin
    NerTraining training = new NerTraining();

    @Override
    public Integer call() throws Exception {
        List<CorpusFile> data = training.corpus(files);
        String what = modelOnly ? "model only" : "full chain (model -> gazetteer -> rules -> other-name rules)";
        NerScores scores;
        if (folds != null) {
            System.out.println("data: " + describe(data) + "; " + folds + "-fold cross-validation of the " + what
                    + ", training " + training.options());
            scores = NerRuns.crossValidate(data, folds, training.options(), modelOnly,
                    fold -> System.err.println("ekg eval-ner: fold " + (fold + 1) + " of " + folds + ": training ..."));
        } else {
            String name = model == null ? "ekg default model" : "model " + model;
            System.out.println("data: " + describe(data) + "; " + name + ", " + what
                    + (modelOnly ? "" : ", lists " + (lists == null ? "built-in" : lists.toString())));
            scores = NerRuns.evaluate(data, model, lists, modelOnly);
        }
        System.out.print(scores.format());
        return 0;
    }

    private static String describe(List<CorpusFile> data) {
        return String.join(" ", data.stream().map(CorpusFile::describe).toList());
    }
}
