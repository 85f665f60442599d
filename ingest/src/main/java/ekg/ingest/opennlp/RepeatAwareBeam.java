package ekg.ingest.opennlp;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search over a model wrapped in {@link RepeatedContexts}, one per thread: a tool
 * built on it ({@code POSTaggerME}, {@code NameFinderME}) tags exactly as over the bare model, with
 * fewer model evaluations. A model package holds one sequence model for all its tools, so the
 * per-thread state lives here.
 */
final class RepeatAwareBeam implements SequenceClassificationModel {
    private final ThreadLocal<BeamSearch> beams;
    private final String[] outcomes;

    RepeatAwareBeam(MaxentModel model, int size) {
        this.beams = ThreadLocal.withInitial(() -> new BeamSearch(size, RepeatedContexts.of(model)));
        this.outcomes = new BeamSearch(size, model).getOutcomes();
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return beams.get().bestSequence(sequence, additionalContext, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return beams.get().bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return beams.get().bestSequences(numSequences, sequence, additionalContext, cg, validator);
    }

    @Override
    public String[] getOutcomes() {
        return outcomes.clone();
    }
}
