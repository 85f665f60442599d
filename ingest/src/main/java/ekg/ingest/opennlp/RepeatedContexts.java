package ekg.ingest.opennlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A model that answers a context asked again right away from its last answers. OpenNLP's beam search
 * asks the model once per token for each sequence it keeps (three by default), and the contexts differ
 * only in the features of the previous outcomes: for most tokens of a sentence every kept sequence
 * ends alike ("no name, no name"), so the three contexts are the same and the model would sum the same
 * weights three times. Comparing a context with the few just asked costs string comparisons; asking the
 * model costs a hash lookup per feature in a table far larger than the processor's caches. The answers
 * are the model's own, so the tagging is unchanged. Not thread-safe: one per beam search.
 */
public final class RepeatedContexts implements MaxentModel {
    private static final int KEPT = 4;

    private final MaxentModel model;
    private final String[][] contexts = new String[KEPT][];
    private final double[][] answers = new double[KEPT][];
    private int next;

    private RepeatedContexts(MaxentModel model) {
        this.model = model;
    }

    /** A fresh wrapper of {@code model}, for one beam search. */
    public static RepeatedContexts of(MaxentModel model) {
        return new RepeatedContexts(model);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        for (int k = 0; k < KEPT; k++) {
            if (contexts[k] != null && Arrays.equals(contexts[k], context)) {
                System.arraycopy(answers[k], 0, probs, 0, answers[k].length);
                return probs;
            }
        }
        double[] answer = model.eval(context, probs);
        contexts[next] = context.clone();
        answers[next] = answer.clone();
        next = (next + 1) % KEPT;
        return answer;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[model.getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}
