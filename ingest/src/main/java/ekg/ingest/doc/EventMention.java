package ekg.ingest.doc;

import java.util.List;
import java.util.Objects;

/**
 * An event an article reports: the trigger word's span, the event type from ekg's taxonomy (e.g.
 * "Visit", "Meeting", "Summit"), the entity keys of its actors and places, its time (an ISO value or
 * interval, null when the text gives none), the time phrase it was read from (null when none; kept even
 * when the article gives no date to resolve it, so it can be resolved later), its CAMEO code (null when
 * none fits), and who claims it (an entity key) when the article only reports a claim.
 */
public record EventMention(Span trigger, String type, String cameo, List<String> actors, List<String> places,
                           String time, String timePhrase, String claimedBy) {
    public EventMention {
        Objects.requireNonNull(trigger, "trigger == null");
        Objects.requireNonNull(type, "type == null");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
