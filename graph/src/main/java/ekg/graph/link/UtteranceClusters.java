package ekg.graph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Greedy single-link clustering of one speaker's reports into utterances, in a fixed order so that the
 * same input gives the same clusters: a report joins the first cluster holding a report of the same
 * words ({@link Utterances#same}). Two such reports always share a content stem unless one has none, so
 * only clusters sharing a stem with the report, or holding a report without stems, are compared: trying
 * every cluster made linking quadratic in the quotes of a much-quoted speaker.
 */
final class UtteranceClusters {
    private record Item(Report report, Set<String> stems) {
    }

    private final List<List<Item>> clusters = new ArrayList<>();
    private final Map<String, Set<Integer>> byStem = new HashMap<>();
    private final Set<Integer> stemless = new HashSet<>();

    private UtteranceClusters() {
    }

    /** The reports grouped into utterances, clusters and their reports in the order given. */
    static List<List<Report>> of(List<Report> reports) {
        UtteranceClusters u = new UtteranceClusters();
        reports.forEach(u::add);
        return u.clusters.stream().map(c -> c.stream().map(Item::report).toList()).toList();
    }

    private void add(Report r) {
        Set<String> stems = Utterances.stems(r.normal());
        int home = -1;
        for (int c : candidates(stems)) {
            if (clusters.get(c).stream().anyMatch(o -> Utterances.same(o.report().normal(), o.stems(), r.normal(), stems))) {
                home = c;
                break;
            }
        }
        if (home < 0) {
            home = clusters.size();
            clusters.add(new ArrayList<>());
        }
        clusters.get(home).add(new Item(r, stems));
        if (stems.isEmpty()) stemless.add(home);
        for (String s : stems) byStem.computeIfAbsent(s, k -> new HashSet<>()).add(home);
    }

    /** Indexes of the clusters worth comparing, in the order they were made. */
    private Set<Integer> candidates(Set<String> stems) {
        TreeSet<Integer> found = new TreeSet<>(stemless);
        if (stems.isEmpty()) {
            for (int i = 0; i < clusters.size(); i++) found.add(i);
        }
        for (String s : stems) found.addAll(byStem.getOrDefault(s, Set.of()));
        return found;
    }
}
