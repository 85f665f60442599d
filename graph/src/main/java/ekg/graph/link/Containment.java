package ekg.graph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which place lies in which, through any chain ("Pjöngjang" in "Nordkorea"): event linking and the
 * evaluation of events both ask it, and must answer alike.
 */
public final class Containment {
    private final Map<String, Set<String>> containedIn = new HashMap<>();

    /** Records that {@code inner} lies in {@code outer}. */
    public void add(String inner, String outer) {
        containedIn.computeIfAbsent(inner, k -> new HashSet<>()).add(outer);
    }

    /** Every recorded pair, inner first. */
    public void forEach(BiConsumer<String, String> pair) {
        containedIn.forEach((inner, outers) -> outers.forEach(o -> pair.accept(inner, o)));
    }

    /** Whether {@code inner} is {@code outer} or lies in it. */
    public boolean within(String inner, String outer) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(inner));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (p.equals(outer)) return true;
            if (seen.add(p)) todo.addAll(containedIn.getOrDefault(p, Set.of()));
        }
        return false;
    }
}
