package ekg.ingest.morph;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a word form gives, remembered per form and shared by all threads. The stages ask the same
 * questions of the same words in article after article (its lexicon readings, whether it is an
 * adjective, which time phrases it may open), and each answer costs lookups or a regular expression; a
 * remembered answer costs one hash lookup. The answer must depend on the form alone and never be null.
 * Past {@code limit} forms the memory starts afresh rather than growing with the corpus.
 *
 * <pre>{@code
 * WordMemo<Boolean> adjective = new WordMemo<>(100_000, w -> lexicon.any(w.toLowerCase(Locale.GERMAN), WordForm::isAdjective));
 * adjective.get("Alten");
 * }</pre>
 */
public final class WordMemo<V> {
    private final int limit;
    private final Function<String, V> compute;
    private final Map<String, V> memo = new ConcurrentHashMap<>();

    public WordMemo(int limit, Function<String, V> compute) {
        if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
        this.limit = limit;
        this.compute = Objects.requireNonNull(compute, "compute == null");
    }

    public V get(String form) {
        // A plain get first: computeIfAbsent would lock the bin of a form already remembered.
        V known = memo.get(form);
        if (known != null) return known;
        V value = Objects.requireNonNull(compute.apply(form), "no answer for " + form);
        if (memo.size() >= limit) memo.clear();
        memo.put(form, value);
        return value;
    }
}
