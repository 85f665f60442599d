package ekg.ingest.tools.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lists of plain strings out of a locale file in the YAML subset that Ruby faker and datafaker
 * use ({@code first_name: [Anna, Ben]} or a key followed by {@code - "Anna"} lines). Only what the name
 * list generator needs: keys are the last key of their path, and templates ({@code "#{first_name}"}) are
 * skipped, since they are patterns, not names. A full YAML parser would be a dependency for one tool.
 *
 * <pre>{@code
 * Map<String, List<String>> lists = LocaleYaml.lists(Files.readString(Path.of("de.yml")));
 * List<String> last = lists.getOrDefault("last_name", List.of());
 * }</pre>
 */
final class LocaleYaml {

    private LocaleYaml() {
    }

    /** Every key's literal string entries; a key met twice (two sections) gets both lists' entries. */
    static Map<String, List<String>> lists(String yaml) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String[] lines = yaml.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            int colon = keyEnd(line);
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
            if (rest.startsWith("[")) {
                flow(rest, values);
            } else if (rest.isEmpty()) {
                int indent = indent(lines[i]);
                while (i + 1 < lines.length && isItem(lines[i + 1], indent)) {
                    add(unquote(lines[++i].strip().substring(1).strip()), values);
                }
            }
            if (values.isEmpty()) out.remove(key);
        }
        return out;
    }

    private static boolean isItem(String line, int keyIndent) {
        String s = line.strip();
        return s.startsWith("- ") && indent(line) >= keyIndent;
    }

    // "key:" or "key: value"; list items and quoted scalars are not keys.
    private static int keyEnd(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("-") || s.startsWith("\"") || s.startsWith("'")) return -1;
        int colon = line.indexOf(':');
        if (colon < 0 || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) return -1;
        return line.substring(0, colon).strip().matches("[A-Za-z0-9_-]+") ? colon : -1;
    }

    /** Splits {@code [a, 'b c', "d"]} at commas outside quotes. */
    private static void flow(String s, List<String> values) {
        int end = s.lastIndexOf(']');
        String body = s.substring(1, end < 0 ? s.length() : end);
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : body.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                add(unquote(cur.toString().strip()), values);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(unquote(cur.toString().strip()), values);
    }

    private static void add(String value, List<String> values) {
        if (!value.isEmpty() && !value.contains("#{")) values.add(value);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String stripComment(String line) {
        return line.strip().startsWith("#") ? "" : line;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n;
    }
}
