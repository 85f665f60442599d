package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves a speaking "er"/"sie" to a person, cautiously: the persons named earlier in its own
 * sentence, else in the sentence before, else in the one before that; the first of these scopes that
 * names anyone must name exactly one person (quoted names do not count), or the pronoun stays unresolved.
 */
final class PronounResolver {
    private static final int SENTENCES_BACK = 2;

    private final TextView v;

    PronounResolver(TextView v) {
        this.v = v;
    }

    /** The person {@code pronoun} (a token index) refers to, or null when the text does not settle it. */
    Speaker resolve(int pronoun) {
        int s = v.sentence(pronoun);
        Map<String, Speaker> found = persons(v.sentFirst(s), pronoun - 1);
        for (int back = 1; found.isEmpty() && back <= SENTENCES_BACK && s - back >= 0; back++) {
            found = persons(v.sentFirst(s - back), v.sentLast(s - back));
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /** Persons named in tokens [from, to], by entity key (or text when unresolved), with their last mention. */
    private Map<String, Speaker> persons(int from, int to) {
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (int i = Math.max(from, 0); i <= to; i++) {
            Mention m = v.mentionAt(i);
            if (m == null || m.type() != EntityType.PER || v.quoted(i)) continue;
            String key = v.entityKey(m.span());
            out.put(key != null ? key : "?" + m.text(), new Speaker(m.span(), key));
        }
        return out;
    }
}
