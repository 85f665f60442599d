package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An {@link Extraction} filled by hand: quotes, form occurrences, labels and events. */
final class FakeExtraction implements Extraction {
    private final Map<String, List<ExtractedQuote>> quotes = new HashMap<>();
    private final Map<String, List<Resolution>> occurrences = new HashMap<>();
    private final Map<String, Set<String>> labels = new HashMap<>();
    private final List<ExtractedEvent> events = new ArrayList<>();
    private final Set<String> articles = new HashSet<>();

    FakeExtraction quote(String article, String text, ekg.ingest.doc.QuoteMode mode, String speaker) {
        articles.add(article);
        quotes.computeIfAbsent(article, k -> new ArrayList<>()).add(new ExtractedQuote(text, mode, speaker));
        return this;
    }

    FakeExtraction label(String id, String label) {
        labels.computeIfAbsent(label, k -> new HashSet<>()).add(id);
        return this;
    }

    FakeExtraction at(String article, String form, String id, EntityType type) {
        articles.add(article);
        List<Resolution> l = occurrences.computeIfAbsent(article + "|" + form, k -> new ArrayList<>());
        l.add(new Resolution(l.size(), id, type));
        return this;
    }

    FakeExtraction event(ExtractedEvent e) {
        events.add(e);
        return this;
    }

    @Override
    public List<String> articles() {
        return articles.stream().sorted().toList();
    }

    @Override
    public List<ExtractedQuote> quotes(String article) {
        return quotes.getOrDefault(article, List.of());
    }

    @Override
    public List<Resolution> occurrences(String article, String form) {
        return occurrences.getOrDefault(article + "|" + form, List.of());
    }

    @Override
    public List<ExtractedEvent> events() {
        return events;
    }

    @Override
    public Set<String> entityIds(String name) {
        return labels.getOrDefault(name, Set.of());
    }

    @Override
    public String labelOf(String entityId) {
        return entityId;
    }
}
