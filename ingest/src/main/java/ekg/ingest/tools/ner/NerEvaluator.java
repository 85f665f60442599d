package ekg.ingest.tools.ner;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures a name finder by exact-span precision, recall and F1, on held-out files or by k-fold
 * cross-validation. Fold {@code i} of {@code k} holds the sentences whose index modulo k is i, so a
 * rerun on the same data gives the same folds.
 *
 * <pre>{@code
 * NerScores s = NerEvaluator.evaluate(model, CorpusFile.parse("NER-de-dev.tsv#only=0/5").read());
 * System.out.print(s.format());
 * }</pre>
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** Tags every sentence with the model and scores it against the gold names. */
    public static NerScores evaluate(TokenNameFinderModel model, List<NameSample> gold) {
        NameFinderME finder = new NameFinderME(model);
        NerScores.Builder scores = NerScores.builder();
        for (NameSample s : gold) {
            if (s.isClearAdaptiveDataSet()) finder.clearAdaptiveData();
            scores.add(s.getNames(), finder.find(s.getSentence()));
        }
        return scores.build();
    }

    /** Reads the files and evaluates the model on all their sentences. */
    public static NerScores evaluate(TokenNameFinderModel model, Iterable<CorpusFile> files) throws IOException {
        return evaluate(model, readAll(files));
    }

    /** Trains k models, each on all folds but one, scores each on its held-out fold, and adds up the counts. */
    public static NerScores crossValidate(List<NameSample> samples, int folds, TrainOptions options)
            throws IOException {
        NerScores.Builder total = NerScores.builder();
        for (Fold f : Fold.split(samples, folds)) total.add(evaluate(NerTrainer.train(f.train(), options, Map.of()), f.test()));
        return total.build();
    }

    /** Cross-validates over the sentences of all files, pooled in the order given. */
    public static NerScores crossValidate(Iterable<CorpusFile> files, int folds, TrainOptions options)
            throws IOException {
        return crossValidate(readAll(files), folds, options);
    }

    static List<NameSample> readAll(Iterable<CorpusFile> files) throws IOException {
        List<NameSample> all = new ArrayList<>();
        for (CorpusFile f : files) all.addAll(f.read());
        return all;
    }
}
