package ekg.graph.eval;

import ekg.ingest.doc.EntityType;
import ekg.ingest.eval.Extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One stored article as the scorer sees it: its text, its quotes and its mention phrases. */
final class StoredArticle {
    /** A mention phrase: its span and the entity and type it denotes, where it denotes one. */
    record Phrase(int begin, int end, String entity, EntityType type) {}

    final String text;
    final List<Extraction.ExtractedQuote> quotes = new ArrayList<>();
    final List<Phrase> phrases = new ArrayList<>();

    StoredArticle(String text) {
        this.text = text;
    }

    /** The phrases that denote an entity, as mentions in text order. */
    List<Extraction.MentionSpan> mentions() {
        return phrases.stream().filter(p -> p.entity() != null)
                .sorted(Comparator.comparingInt(Phrase::begin).thenComparingInt(Phrase::end))
                .map(p -> new Extraction.MentionSpan(p.begin(), p.end(), p.entity(), p.type())).toList();
    }

    /** Every whole-word occurrence of {@code form}, resolved through the phrase that covers it. */
    List<Extraction.Resolution> occurrences(String form) {
        List<Extraction.Resolution> out = new ArrayList<>();
        if (form.isEmpty()) return out;
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            int end = i + form.length();
            if (wordChar(i - 1) || wordChar(end)) continue;
            Phrase p = covering(i, end);
            out.add(new Extraction.Resolution(i, p == null ? null : p.entity(), p == null ? null : p.type()));
        }
        return out;
    }

    /** The shortest phrase covering [b, e), else the shortest overlapping it (a name cut short by the finder). */
    private Phrase covering(int b, int e) {
        Phrase best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Phrase p : phrases) {
            if (p.entity() == null || p.end() <= b || p.begin() >= e) continue;
            int score = (p.begin() <= b && e <= p.end() ? 0 : 1_000_000) + p.end() - p.begin();
            if (score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean wordChar(int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
