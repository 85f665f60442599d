package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of stages, checked when built: every stage's requirements must be provided by the
 * stages before it, so a misordered pipeline fails at start-up, not on the thousandth article.
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

    /** Runs every stage in order; a stage's exception propagates wrapped with the stage and document named. */
    public Doc process(Doc doc) {
        Doc d = doc;
        for (Stage s : stages) {
            // An abandoned extraction (see the watchdog in the graph module) stops here rather than run on.
            if (Thread.currentThread().isInterrupted()) {
                throw new StageException(s.name(), doc.id(), new java.util.concurrent.CancellationException("abandoned"));
            }
            try {
                d = s.process(d);
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

        public Pipeline build() {
            Set<Layer> have = EnumSet.of(Layer.TEXT);
            for (int i = 0; i < stages.size(); i++) {
                Stage s = stages.get(i);
                Set<Layer> missing = EnumSet.noneOf(Layer.class);
                missing.addAll(s.requires());
                missing.removeAll(have);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage '" + s.name() + "' requires " + missing
                            + " but no stage before it provides " + (missing.size() == 1 ? "it" : "them")
                            + "; stages before it: " + names(i) + ". Add a stage providing "
                            + missing.stream().map(Enum::name).collect(Collectors.joining(", "))
                            + " before '" + s.name() + "'.");
                }
                have.addAll(s.provides());
            }
            return new Pipeline(stages);
        }

        private String names(int upTo) {
            return stages.subList(0, upTo).stream().map(Stage::name).collect(Collectors.joining(" -> ", "[", "]"));
        }
    }
}
