package ekg.ingest.tools.ner;

import opennlp.tools.namefind.NameSample;

import java.util.ArrayList;
import java.util.List;

/** One fold of k-fold cross-validation: every k-th sentence held out to test on, the rest to train on. */
record Fold(List<NameSample> train, List<NameSample> test) {

    /** The k folds of {@code samples}; fewer than two folds, or too few sentences to fill them, is refused. */
    static List<Fold> split(List<NameSample> samples, int folds) {
        if (folds < 2) throw new IllegalArgumentException("folds < 2: " + folds);
        if (samples.size() < folds) {
            throw new IllegalArgumentException(samples.size() + " sentences cannot fill " + folds + " folds");
        }
        List<Fold> out = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            List<NameSample> train = new ArrayList<>();
            List<NameSample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) (i % folds == fold ? test : train).add(samples.get(i));
            out.add(new Fold(train, test));
        }
        return out;
    }
}
