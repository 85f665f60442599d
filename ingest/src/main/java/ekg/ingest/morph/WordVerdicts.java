package ekg.ingest.morph;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A test of a word form whose verdict is remembered per form, shared by all threads. The rules ask the
 * same questions of the same capitalised words in article after article ("is it an adjective the lexicon
 * knows?"), and each answer costs several lexicon lookups and a regular expression; a remembered verdict
 * costs one hash lookup. The test must depend on the form alone.
 *
 * <pre>{@code
 * WordVerdicts adjective = new WordVerdicts(w -> lexicon.any(w.toLowerCase(Locale.GERMAN), WordForm::isAdjective));
 * adjective.test("Alten");
 * }</pre>
 */
public final class WordVerdicts implements Predicate<String> {
    /** Forms remembered at most; past that the memory starts afresh rather than growing with the corpus. */
    private static final int REMEMBERED = 100_000;

    private final Predicate<String> test;
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    public WordVerdicts(Predicate<String> test) {
        this.test = Objects.requireNonNull(test, "test == null");
    }

    @Override
    public boolean test(String form) {
        Boolean known = verdicts.get(form);
        if (known != null) return known;
        boolean verdict = test.test(form);
        if (verdicts.size() >= REMEMBERED) verdicts.clear();
        verdicts.put(form, verdict);
        return verdict;
    }
}
