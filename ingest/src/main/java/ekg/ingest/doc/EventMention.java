package ekg.ingest.doc;

import java.util.List;
import java.util.Objects;

/**
 * An event an article reports: the trigger word's span, the event type from ekg's taxonomy (e.g.
 * "Visit", "Election", "Arrest"), the entity keys of its actors and places, its time (an ISO value or
 * interval, null when the text gives none), the time phrase it was read from (null when none; kept even
 * when the article gives no date to resolve it, so it can be resolved later), its CAMEO code (null when
 * none fits), who claims it (an entity key) when the article only reports a claim, whether the article
 * reports it as planned or scheduled rather than happened, and its number among the article's events
 * (mentions with one number report one event; -1 when the mention stands alone).
 */
public record EventMention(Span trigger, String type, String cameo, List<String> actors, List<String> places,
                           String time, String timePhrase, String claimedBy, boolean planned, int event) {
    public EventMention {
        Objects.requireNonNull(trigger, "trigger == null");
        Objects.requireNonNull(type, "type == null");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }

    /** A mention of an event of its own that happened. */
    public EventMention(Span trigger, String type, String cameo, List<String> actors, List<String> places,
                        String time, String timePhrase, String claimedBy) {
        this(trigger, type, cameo, actors, places, time, timePhrase, claimedBy, false, -1);
    }

    /** The same mention with other actors, places and claimer. */
    public EventMention withArguments(List<String> actors, List<String> places, String claimedBy) {
        return new EventMention(trigger, type, cameo, actors, places, time, timePhrase, claimedBy, planned, event);
    }
}
