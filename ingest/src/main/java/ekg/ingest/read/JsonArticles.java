package ekg.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Locale;

/**
 * Reads one article from one JSON object with the fields {@code id, url, title, source, published,
 * language, text}; only {@code text} is required. {@code source} is the outlet and becomes the
 * publisher, since the article's own source is where it was read from. Other fields are ignored.
 */
final class JsonArticles {
    private final ObjectMapper mapper;

    JsonArticles(int maxBytes) {
        JsonFactory factory = new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxBytes).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The fields of the object in {@code json}; {@code oneLine} leaves the (always 1) line out of errors. */
    Fields parse(String json, String fallbackId, boolean oneLine) throws ReadProblem {
        JsonNode node = tree(json, oneLine);
        if (node == null || node.isMissingNode()) throw new ReadProblem("no JSON value");
        if (!node.isObject()) throw new ReadProblem("JSON is " + describe(node) + ", not an object");
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) throw new ReadProblem("JSON object has no string field \"text\"");
        if (!text.isTextual()) throw new ReadProblem("field \"text\" is " + describe(text) + ", not a string");
        if (text.textValue().isBlank()) throw new ReadProblem("field \"text\" is empty");
        String published = string(node, "published");
        if (published != null && Dates.normalise(published) == null) {
            throw new ReadProblem("field \"published\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd): \""
                    + published + "\"");
        }
        return new Fields(id(node), string(node, "url"), string(node, "title"), string(node, "source"),
                published == null ? null : Dates.normalise(published), string(node, "language"),
                text.textValue().strip(), fallbackId);
    }

    private JsonNode tree(String json, boolean oneLine) throws ReadProblem {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? ""
                    : oneLine ? " at column " + at.getColumnNr()
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ReadProblem("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    // Feeds often number their articles, so a numeric id is taken as its decimal form.
    private static String id(JsonNode object) throws ReadProblem {
        JsonNode v = object.get("id");
        if (v != null && v.isIntegralNumber()) return v.asText();
        return string(object, "id");
    }

    private static String string(JsonNode object, String name) throws ReadProblem {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new ReadProblem("field \"" + name + "\" is " + describe(v) + ", not a string");
        return v.textValue();
    }

    private static String describe(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
