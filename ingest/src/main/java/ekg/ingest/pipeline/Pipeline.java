package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of stages, checked when built: every stage's requirements must be provided by the
 * stages before it, and a layer is made once and then only refined by stages that declare it (see
 * {@link Stage}), so a misordered pipeline fails at start-up, not on the thousandth article.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(sentences).add(tokens).add(pos).build();
 * Doc done = p.process(article.toDoc());
 * }</pre>
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage in order; a stage's exception, or a change to a layer it does not provide, propagates
     * wrapped with the stage and document named.
     */
    public Doc process(Doc doc) {
        Doc d = doc;
        for (Stage s : stages) {
            // An abandoned extraction (see the watchdog in the graph module) stops here rather than run on.
            if (Thread.currentThread().isInterrupted()) {
                throw new StageException(s.name(), doc.id(), new java.util.concurrent.CancellationException("abandoned"));
            }
            try {
                Doc before = d;
                d = s.process(before);
                LayerContract.verify(s, before, d);
            } catch (RuntimeException e) {
                throw new StageException(s.name(), doc.id(), e);
            }
        }
        return d;
    }

    /** Adds stages and checks their order. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            if (stage == null) throw new IllegalArgumentException("stage == null");
            stages.add(stage);
            return this;
        }

        /** The pipeline, once its stages' layer contract holds; otherwise the exception says what to fix. */
        public Pipeline build() {
            LayerContract.check(stages);
            return new Pipeline(stages);
        }
    }
}
