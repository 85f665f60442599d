package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.QuoteMode;

import java.util.List;
import java.util.Set;

/**
 * What was extracted from a set of articles, in the neutral terms a gold file speaks: articles by the
 * names gold files use (file names), entities by opaque ids. The graph fills it from a built store;
 * tests fill it by hand.
 */
public interface Extraction {

    /** A quote as extracted; {@code speakerId} is null when no speaker was found. */
    record ExtractedQuote(String text, QuoteMode mode, String speakerId) {}

    /** One place where a form stands in an article, and the entity it resolves to (null: none). */
    record Resolution(int begin, String entityId, EntityType type) {}

    /** An event node: its type's local name (Visit), actor and place ids, times as ISO text, sources. */
    record ExtractedEvent(String id, String type, Set<String> actors, Set<String> places, String timeStamp,
                          String begin, String end, Set<String> articles) {}

    /** An entity mention {@code [begin, end)} and the entity and type it denotes. */
    record MentionSpan(int begin, int end, String entityId, EntityType type) {}

    /**
     * An event mention: its trigger span, its type's local name (Visit), the labels of its actors, and
     * the event node it joins (null: none).
     */
    record TriggerMention(int begin, int end, String type, Set<String> actorLabels, String eventId) {}

    /** The names of the articles extracted (their file names, as gold files name them). */
    List<String> articles();

    /** The quotes of one article. */
    List<ExtractedQuote> quotes(String article);

    /** Every place {@code form} stands in the article as a whole word, and what it resolves to there. */
    List<Resolution> occurrences(String article, String form);

    /** Every event node. */
    List<ExtractedEvent> events();

    /** The ids of the entities carrying {@code name} as a label or alternative label. */
    Set<String> entityIds(String name);

    /** A readable name of an entity, for reports. */
    String labelOf(String entityId);

    /** The text of an article, empty when unknown. */
    default String text(String article) {
        return "";
    }

    /** The entity mentions of one article, in text order. */
    default List<MentionSpan> mentions(String article) {
        return List.of();
    }

    /** The event mentions of one article, in text order. */
    default List<TriggerMention> eventMentions(String article) {
        return List.of();
    }

    /** Every label of an entity: its label, preferred and alternative labels. */
    default Set<String> labels(String entityId) {
        return Set.of(labelOf(entityId));
    }

    /** Whether the place {@code inner} lies inside (or is) the place {@code outer}. */
    default boolean within(String inner, String outer) {
        return inner.equals(outer);
    }
}
