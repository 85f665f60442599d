package ekg.ingest.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a gold name to the entities that stand for it: those labelled with the name, or with one of
 * the forms the gold file's entities section lists for it.
 */
final class Speakers {
    private final Extraction x;
    private final Map<String, List<String>> forms = new HashMap<>();
    private final Map<String, Set<String>> cache = new HashMap<>();

    Speakers(Extraction x, GoldFile gold) {
        this.x = x;
        if (gold.entities() != null) gold.entities().forEach(e -> forms.put(e.name(), e.forms()));
    }

    /** The entity ids standing for a gold name. */
    Set<String> ids(String goldName) {
        return cache.computeIfAbsent(goldName, n -> {
            Set<String> out = new HashSet<>(x.entityIds(n));
            forms.getOrDefault(n, List.of()).forEach(f -> out.addAll(x.entityIds(f)));
            return Set.copyOf(out);
        });
    }

    boolean is(String speakerId, String goldName) {
        return speakerId != null && ids(goldName).contains(speakerId);
    }

    String name(String speakerId) {
        return speakerId == null ? "(no speaker)" : x.labelOf(speakerId);
    }
}
