package ekg.ingest.read;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code .txt} article into an optional metadata prefix and its text. The prefix is a run of
 * {@code key value} entries at the very start, on one line with the text or on lines of their own:
 * <pre>
 *  date 2024-06 Kremlchef Wladimir Putin ist ...
 * url https://example.org/a.html
 * title "Putin in Nordkorea"
 * Kremlchef Wladimir Putin ist ...
 * </pre>
 * Keys are {@code date}/{@code published} (yyyy, yyyy-MM or yyyy-MM-dd), {@code url} (http or https),
 * {@code language} (a language tag), {@code source}/{@code publisher} and {@code title} (quoted, or
 * the rest of a short line). A key is lower case, or in any case when followed by a colon
 * ({@code Date: 2024-06-18}). The prefix ends at the first thing that is not such an entry with a
 * value of the right shape, so prose starting with "Date" or "Titel" keeps its first word.
 */
final class MetadataPrefix {

    private enum Key { PUBLISHED, URL, LANGUAGE, PUBLISHER, TITLE }

    private static final Map<String, Key> KEYS = Map.of("date", Key.PUBLISHED, "published", Key.PUBLISHED,
            "url", Key.URL, "language", Key.LANGUAGE, "source", Key.PUBLISHER, "publisher", Key.PUBLISHER,
            "title", Key.TITLE);
    private static final Pattern KEY = Pattern.compile("([A-Za-z]+)(?::[ \\t]*|[ \\t]+)");
    private static final String END = "(?=\\s|$)";
    private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?" + END);
    private static final Pattern URL = Pattern.compile("https?://\\S+" + END);
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?" + END);
    // Free text has no natural end on a line shared with the article, so it is quoted or ends the line;
    // the length cap keeps a first paragraph from being taken for a title.
    private static final Pattern FREE = Pattern.compile(
            "\"([^\"\\n]+)\"" + END + "|„([^“”\\n]+)[“”]" + END + "|([^\\s\"„][^\\n]{0,199})(?=\\r?\\n)");
    private static final Pattern SPACE = Pattern.compile("\\s*");

    private MetadataPrefix() {
    }

    /** The fields of a {@code .txt} file's content; {@code text} is what follows the prefix, stripped. */
    static Fields parse(String content, String fallbackId) {
        Map<Key, String> values = new EnumMap<>(Key.class);
        Matcher m = SPACE.matcher(content);
        m.lookingAt();
        int at = m.end();
        while (true) {
            int next = entry(content, at, values);
            if (next < 0) break;
            m.region(next, content.length()).lookingAt();
            at = m.end();
        }
        return new Fields(null, values.get(Key.URL), values.get(Key.TITLE), values.get(Key.PUBLISHER),
                values.get(Key.PUBLISHED), values.get(Key.LANGUAGE), content.substring(at).strip(), fallbackId);
    }

    /** Reads one entry at {@code at} into {@code values}; the index after it, or -1 if there is none. */
    private static int entry(String content, int at, Map<Key, String> values) {
        Matcher k = KEY.matcher(content).region(at, content.length());
        if (!k.lookingAt()) return -1;
        String word = k.group(1);
        boolean colon = content.charAt(at + word.length()) == ':';
        Key key = KEYS.get(colon ? word.toLowerCase(Locale.ROOT) : word);
        if (key == null || values.containsKey(key)) return -1;
        Matcher v = valuePattern(key).matcher(content).region(k.end(), content.length());
        if (!v.lookingAt()) return -1;
        String value = firstGroup(v);
        if (key == Key.PUBLISHED && !Dates.isDate(value)) return -1;
        values.put(key, value.strip());
        return v.end();
    }

    private static Pattern valuePattern(Key key) {
        return switch (key) {
            case PUBLISHED -> DATE;
            case URL -> URL;
            case LANGUAGE -> LANGUAGE;
            case PUBLISHER, TITLE -> FREE;
        };
    }

    private static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) return m.group(i);
        }
        return m.group();
    }
}
