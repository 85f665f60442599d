package ekg.ingest.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Knowledge-base entries by the modifiers the press puts before a role noun: an inflected adjective
 * ("russische", "russischen") or a genitive ("Russlands", "Paris’"). Every form is listed once when the
 * index is built, so a lookup is one map access instead of a test of every entry per word.
 *
 * <pre>{@code
 * ModifierForms countries = new ModifierForms(kb, e -> "country".equals(e.kind()));
 * List<KbEntry> russia = countries.of("russische");
 * }</pre>
 */
public final class ModifierForms {
    private static final List<String> ADJECTIVE_ENDINGS = List.of("", "e", "en", "er", "es", "em");
    private static final List<String> GENITIVE_ENDINGS = List.of("s", "'", "’", "'s");

    private final List<KbEntry> entries = new ArrayList<>();
    // Adjective forms are compared in lower case ("Russische" at a sentence start), genitives as written.
    private final Map<String, List<Integer>> adjectives = new HashMap<>();
    private final Map<String, List<Integer>> genitives = new HashMap<>();

    /** The index over the entries {@code which} accepts. */
    public ModifierForms(KnowledgeBase kb, Predicate<KbEntry> which) {
        for (KbEntry e : kb.entries()) {
            if (!which.test(e)) continue;
            int index = entries.size();
            entries.add(e);
            if (e.adjective() != null) {
                String stem = e.adjective().toLowerCase(Locale.ROOT);
                ADJECTIVE_ENDINGS.forEach(end -> adjectives.computeIfAbsent(stem + end, k -> new ArrayList<>()).add(index));
            }
            GENITIVE_ENDINGS.forEach(end -> genitives.computeIfAbsent(e.name() + end, k -> new ArrayList<>()).add(index));
        }
    }

    /** The entries whose adjective or genitive {@code word} is, in knowledge-base order; empty when none. */
    public List<KbEntry> of(String word) {
        TreeSet<Integer> found = new TreeSet<>(adjectives.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()));
        found.addAll(genitives.getOrDefault(word, List.of()));
        List<KbEntry> out = new ArrayList<>(found.size());
        found.forEach(i -> out.add(entries.get(i)));
        return out;
    }
}
