package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An {@link Extraction} filled by hand: quotes, form occurrences, labels, events, mentions and triggers. */
final class FakeExtraction implements Extraction {
    private final Map<String, List<ExtractedQuote>> quotes = new HashMap<>();
    private final Map<String, List<Resolution>> occurrences = new HashMap<>();
    private final Map<String, Set<String>> labels = new HashMap<>();
    private final List<ExtractedEvent> events = new ArrayList<>();
    private final Set<String> articles = new HashSet<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<MentionSpan>> mentions = new HashMap<>();
    private final Map<String, List<TriggerMention>> triggers = new HashMap<>();
    private final Map<String, Set<String>> labelsOf = new HashMap<>();

    FakeExtraction quote(String article, String text, ekg.ingest.doc.QuoteMode mode, String speaker) {
        articles.add(article);
        quotes.computeIfAbsent(article, k -> new ArrayList<>()).add(new ExtractedQuote(text, mode, speaker));
        return this;
    }

    FakeExtraction label(String id, String label) {
        labels.computeIfAbsent(label, k -> new HashSet<>()).add(id);
        labelsOf.computeIfAbsent(id, k -> new HashSet<>()).add(label);
        return this;
    }

    FakeExtraction text(String article, String text) {
        articles.add(article);
        texts.put(article, text);
        return this;
    }

    /** A mention of {@code id} at the first place {@code form} stands at or after {@code from} in the article. */
    FakeExtraction mention(String article, String form, int from, String id, EntityType type) {
        int b = texts.get(article).indexOf(form, from);
        if (b < 0) throw new IllegalArgumentException(form + " not in " + article);
        mentions.computeIfAbsent(article, k -> new ArrayList<>()).add(new MentionSpan(b, b + form.length(), id, type));
        return this;
    }

    /** An event mention on the first place {@code trigger} stands in the article. */
    FakeExtraction trigger(String article, String trigger, String type, String event, String... actorLabels) {
        int b = texts.get(article).indexOf(trigger);
        if (b < 0) throw new IllegalArgumentException(trigger + " not in " + article);
        triggers.computeIfAbsent(article, k -> new ArrayList<>())
                .add(new TriggerMention(b, b + trigger.length(), type, Set.of(actorLabels), event));
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
    public String text(String article) {
        return texts.getOrDefault(article, "");
    }

    @Override
    public List<MentionSpan> mentions(String article) {
        return mentions.getOrDefault(article, List.of());
    }

    @Override
    public List<TriggerMention> eventMentions(String article) {
        return triggers.getOrDefault(article, List.of());
    }

    @Override
    public Set<String> labels(String entityId) {
        return labelsOf.getOrDefault(entityId, Set.of(entityId));
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
