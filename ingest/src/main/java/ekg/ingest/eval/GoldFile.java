package ekg.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A gold file: what a set of articles must yield (format: the acceptance README). A section the file
 * lacks is null, so its score is skipped rather than reported as zero. Sections in the development
 * sets' format (quotes with spans, entities with mentions, events with triggers) go to {@link #dev()}
 * instead, and the seed-format section of the same name is null.
 *
 * <pre>{@code
 * GoldFile gold = GoldFile.read(Path.of("seeds-gold.json"));
 * }</pre>
 */
public record GoldFile(List<Quote> quotes, List<Span> ambiguous, List<Span> notQuotes, List<Entity> entities,
                       List<List<String>> distinct, List<Event> events, DevGold dev) {

    /** A quote the articles must yield. */
    public record Quote(String article, String speaker, String mode, String contains) {}

    /** A quoted span that is ambiguous or no speech at all. */
    public record Span(String article, String contains, String why) {}

    /** Forms that must all resolve to one entity of the type. */
    public record Entity(String name, String type, List<String> forms) {}

    /** An event the articles must yield as one node. */
    public record Event(String what, String type, String agent, String place, String when, List<String> articles) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public static GoldFile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    public static GoldFile parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("gold file is no valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("gold file is no JSON object");
        DevGold dev = DevGold.parse(root);
        return new GoldFile(
                dev.speech() != null ? null
                        : list(root, "quotes", n -> new Quote(req(n, "article"), req(n, "speaker"), req(n, "mode"), req(n, "contains"))),
                list(root, "ambiguous", n -> new Span(req(n, "article"), req(n, "contains"), opt(n, "why"))),
                list(root, "not_quotes", n -> new Span(req(n, "article"), req(n, "contains"), opt(n, "why"))),
                dev.mentions() != null ? null
                        : list(root, "entities", n -> new Entity(req(n, "name"), req(n, "type"), strings(n.get("forms")))),
                dev.mentions() != null ? null : list(root, "distinct", GoldFile::strings),
                dev.events() != null ? null : list(root, "events", n -> new Event(opt(n, "what"), req(n, "type"),
                        req(n, "agent"), req(n, "place"), opt(n, "when"), strings(n.get("articles")))),
                dev);
    }

    /** This gold with the events section of {@code other} (a separate events file) in place of its own. */
    public GoldFile withEvents(GoldFile other) {
        return new GoldFile(quotes, ambiguous, notQuotes, entities, distinct, other.events(), dev.withEvents(other.dev()));
    }

    static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> item) {
        JsonNode a = root.get(field);
        if (a == null) return null;
        if (!a.isArray()) throw new IllegalArgumentException("gold section '" + field + "' is not an array");
        List<T> out = new ArrayList<>();
        for (JsonNode n : a) {
            try {
                out.add(item.apply(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gold section '" + field + "', item " + (out.size() + 1) + ": "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    static String req(JsonNode n, String field) {
        String s = opt(n, field);
        if (s == null || s.isBlank()) throw new IllegalArgumentException("missing \"" + field + "\"");
        return s;
    }

    static String opt(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode a) {
        if (a == null || !a.isArray()) throw new IllegalArgumentException("expected an array of strings");
        List<String> out = new ArrayList<>();
        a.forEach(s -> out.add(s.asText()));
        return List.copyOf(out);
    }
}
