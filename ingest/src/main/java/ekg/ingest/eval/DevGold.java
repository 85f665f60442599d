package ekg.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a gold file in the development sets' format ({@code ../shared/dev/README.md}): speech
 * with spans and speaker names, entity mentions with spans and kinds, events with trigger spans. A
 * section in the seed format, or missing, is null here.
 */
public record DevGold(List<String> articles, List<Speech> speech, List<Mention> mentions, List<List<String>> distinct,
                      List<String> eventArticles, List<TriggerEvent> events) {

    /** A gold statement; {@code name} is the speaker's name, null when the gold gives none (a pronoun); span as "b-e". */
    public record Speech(String article, String mode, String contains, String name, String span) {}

    /** A gold mention {@code [begin, end)} of the entity {@code entity}; kind is name or role. */
    public record Mention(String article, int begin, int end, String entity, String type, String kind, String text) {}

    /** A gold event with every trigger that names it in its article. */
    public record TriggerEvent(String article, String type, List<Trigger> triggers, List<String> actors, String place) {}

    /** One trigger span of an event. */
    public record Trigger(int begin, int end, String text) {}

    static DevGold parse(JsonNode root) {
        List<Speech> speech = has(root, "quotes", "span", "spans", "speaker_name")
                ? GoldFile.list(root, "quotes", DevGold::speech) : null;
        List<Mention> mentions = null;
        if (has(root, "entities", "mentions")) {
            mentions = new ArrayList<>();
            for (JsonNode e : root.get("entities")) {
                String name = GoldFile.req(e, "name");
                String type = GoldFile.req(e, "type");
                List<Mention> of = GoldFile.list(e, "mentions", m -> new Mention(GoldFile.req(m, "article"),
                        span(m).get(0), span(m).get(1), name, type, kindOf(m), GoldFile.opt(m, "text")));
                if (of != null) mentions.addAll(of);
            }
            mentions = List.copyOf(mentions);
        }
        List<TriggerEvent> events = has(root, "events", "triggers") ? GoldFile.list(root, "events", DevGold::event) : null;
        List<String> articles = root.has("articles") ? GoldFile.strings(root.get("articles")) : null;
        return new DevGold(speech != null || mentions != null ? articles : null, speech, mentions,
                mentions == null ? null : GoldFile.list(root, "distinct", GoldFile::strings),
                events == null ? null : articles, events);
    }

    /** These sections with the events (and their article list) of {@code other}. */
    DevGold withEvents(DevGold other) {
        return new DevGold(articles, speech, mentions, distinct, other.eventArticles(), other.events());
    }

    private static Speech speech(JsonNode n) {
        // The name rule of the reference: speaker_name where the gold has that field (null for a pronoun), else speaker.
        String name = n.has("speaker_name") ? GoldFile.opt(n, "speaker_name") : GoldFile.opt(n, "speaker");
        JsonNode span = n.get("span");
        String where = span != null && span.isArray() && span.size() == 2 ? span.get(0).asInt() + "-" + span.get(1).asInt() : null;
        return new Speech(GoldFile.req(n, "article"), GoldFile.req(n, "mode"), GoldFile.req(n, "contains"),
                name == null || name.isEmpty() ? null : name, where);
    }

    private static TriggerEvent event(JsonNode n) {
        List<Trigger> triggers = GoldFile.list(n, "triggers", t -> new Trigger(span(t).get(0), span(t).get(1),
                GoldFile.opt(t, "text")));
        List<String> actors = n.has("actors") && !n.get("actors").isNull() ? GoldFile.strings(n.get("actors")) : List.of();
        return new TriggerEvent(GoldFile.req(n, "article"), GoldFile.req(n, "type"),
                triggers == null ? List.of() : triggers, actors, GoldFile.opt(n, "place"));
    }

    private static String kindOf(JsonNode m) {
        String k = GoldFile.opt(m, "kind");
        return k == null ? "name" : k;
    }

    private static List<Integer> span(JsonNode n) {
        JsonNode s = n.get("span");
        if (s == null || !s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()) {
            throw new IllegalArgumentException("\"span\" must be [begin, end]");
        }
        return List.of(s.get(0).asInt(), s.get(1).asInt());
    }

    /** Whether the section is an array with an item carrying one of the fields. */
    private static boolean has(JsonNode root, String section, String... fields) {
        JsonNode a = root.get(section);
        if (a == null || !a.isArray()) return false;
        for (JsonNode n : a) for (String f : fields) if (n.has(f)) return true;
        return false;
    }
}
