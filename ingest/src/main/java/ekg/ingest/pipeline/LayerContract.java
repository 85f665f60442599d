package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The layer contract of an ordered list of stages: each layer is made by one stage and may then be refined
 * by later stages that say so (require and provide it). Checked once when a pipeline is built, so a
 * misordered or unannounced rewrite fails at start-up; and per document, so a stage that changes a layer
 * it does not declare is caught the first time it does.
 */
final class LayerContract {

    private LayerContract() {
    }

    /** Checks the order of {@code stages}: every layer a stage requires is made before it, and made once. */
    static void check(List<Stage> stages) {
        Map<Layer, String> madeBy = new EnumMap<>(Layer.class);
        madeBy.put(Layer.TEXT, "the article");
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(s.requires());
            missing.removeAll(madeBy.keySet());
            if (!missing.isEmpty()) throw new IllegalStateException(missing(s, missing, stages.subList(0, i)));
            for (Layer l : s.provides()) {
                if (madeBy.containsKey(l) && !s.requires().contains(l)) {
                    throw new IllegalStateException("stage '" + s.name() + "' provides " + l + ", which '"
                            + madeBy.get(l) + "' before it already provides, so it would replace that layer unannounced."
                            + " If '" + s.name() + "' refines " + l + ", declare it: add " + l + " to its requires() as"
                            + " well; otherwise remove one of the two stages.");
                }
                madeBy.putIfAbsent(l, s.name());
            }
        }
    }

    // A refining stage needs the layer's maker before it; an ordinary consumer needs a provider. Both are told where to go.
    private static String missing(Stage s, Set<Layer> missing, List<Stage> before) {
        Set<Layer> refined = EnumSet.noneOf(Layer.class);
        for (Layer l : missing) {
            if (s.provides().contains(l)) refined.add(l);
        }
        Set<Layer> read = EnumSet.copyOf(missing);
        read.removeAll(refined);
        String names = before.stream().map(Stage::name).collect(Collectors.joining(" -> ", "[", "]"));
        StringBuilder m = new StringBuilder("stage '" + s.name() + "'");
        if (!refined.isEmpty()) {
            m.append(" refines ").append(refined).append(" (requires and provides ")
                    .append(refined.size() == 1 ? "it" : "them").append(")");
            if (!read.isEmpty()) m.append(" and");
        }
        if (!read.isEmpty()) m.append(" requires ").append(read);
        m.append(" but no stage before it provides ").append(missing.size() == 1 ? "it" : "them")
                .append("; stages before it: ").append(names).append(".");
        if (!refined.isEmpty()) {
            m.append(" Put '").append(s.name()).append("' after the stage that first makes ").append(list(refined))
                    .append(", or add such a stage before it.");
        }
        if (!read.isEmpty()) {
            m.append(" Add a stage providing ").append(list(read)).append(" before '").append(s.name()).append("'.");
        }
        return m.toString();
    }

    private static String list(Set<Layer> layers) {
        return layers.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Checks that {@code s} turned {@code before} into {@code after} changing only the layers it provides. */
    static void verify(Stage s, Doc before, Doc after) {
        if (after == null) throw new IllegalStateException("stage '" + s.name() + "' returned no document");
        Set<Layer> undeclared = after.changedSince(before);
        undeclared.removeAll(s.provides());
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("stage '" + s.name() + "' changed " + undeclared + " but does not declare "
                    + (undeclared.size() == 1 ? "it" : "them") + " in provides(); a stage that refines a layer must"
                    + " require and provide it");
        }
    }
}
