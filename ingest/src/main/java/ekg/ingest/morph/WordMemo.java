package ekg.ingest.morph;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a word form gives, remembered per form and shared by all threads. The stages ask the same
 * questions of the same words in article after article (its lexicon readings, whether it is an
 * adjective, which time phrases it may open), and each answer costs lookups or a regular expression; a
 * remembered answer costs a table read. The answer must depend on the form alone and never be null.
 * Past {@code limit} forms the memory starts afresh rather than growing with the corpus.
 *
 * <pre>{@code
 * WordMemo<Boolean> adjective = new WordMemo<>(100_000, w -> lexicon.any(w.toLowerCase(Locale.GERMAN), WordForm::isAdjective));
 * adjective.get("Alten");
 * }</pre>
 */
public final class WordMemo<V> {
    /**
     * The recent answers, one per slot of the form's hash. The large map's lookup misses the processor's
     * caches several times (table, node, key, its bytes); a word of the article asked again, by this
     * stage or the next, is found here in a small table that stays in the cache, mostly by identity,
     * since the stages ask about the same token's string.
     */
    private static final int RECENT = 1 << 11;

    private record Known<V>(String form, V value) {
    }

    private final int limit;
    private final Function<String, V> compute;
    private final Map<String, V> memo = new ConcurrentHashMap<>();
    // Racy by design: a slot holds an immutable pair or null, and a lost write only costs a recomputation.
    @SuppressWarnings("unchecked")
    private final Known<V>[] recent = new Known[RECENT];

    public WordMemo(int limit, Function<String, V> compute) {
        if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
        this.limit = limit;
        this.compute = Objects.requireNonNull(compute, "compute == null");
    }

    public V get(String form) {
        int slot = form.hashCode() & (RECENT - 1);
        Known<V> k = recent[slot];
        if (k != null && (k.form() == form || k.form().equals(form))) return k.value();
        // A plain get first: computeIfAbsent would lock the bin of a form already remembered.
        V value = memo.get(form);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(form), "no answer for " + form);
            if (memo.size() >= limit) memo.clear();
            memo.put(form, value);
        }
        recent[slot] = new Known<>(form, value);
        return value;
    }
}
