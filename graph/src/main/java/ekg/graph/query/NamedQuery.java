package ekg.graph.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL file with its header: the comment lines before the query say what it answers, and lines
 * {@code # @param name "default" description} declare its parameters. Every parameter has a default,
 * so a query always runs with all of its variables bound.
 *
 * <pre>{@code
 * # Who said what.
 * # @param text "" a word the quote contains (any quote when empty)
 * SELECT ...
 * }</pre>
 */
public record NamedQuery(String name, String sparql, String description, Map<String, Param> params) {
    private static final Pattern PARAM = Pattern.compile("#\\s*@param\\s+(\\w+)\\s+\"([^\"]*)\"\\s*(.*)");

    public NamedQuery {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** One declared parameter. */
    public record Param(String name, String defaultValue, String description) {
    }

    /** Reads the header of {@code sparql}. */
    public static NamedQuery parse(String name, String sparql) {
        Map<String, Param> params = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder();
        for (String line : sparql.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (!l.startsWith("#")) break;
            Matcher m = PARAM.matcher(l);
            if (m.matches()) {
                params.put(m.group(1), new Param(m.group(1), m.group(2), m.group(3).strip()));
            } else if (params.isEmpty()) {
                String text = l.replaceFirst("^#+\\s?", "");
                if (!text.isBlank()) description.append(description.isEmpty() ? "" : " ").append(text.strip());
            }
        }
        return new NamedQuery(name, sparql, description.toString(), params);
    }

    /** The values to run with: defaults, overridden by {@code given}; an unknown name is an error. */
    public Map<String, String> values(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        params.values().forEach(p -> values.put(p.name(), p.defaultValue()));
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!params.containsKey(e.getKey())) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + e.getKey()
                        + "'; its parameters: " + (params.isEmpty() ? "none" : String.join(", ", params.keySet())));
            }
            values.put(e.getKey(), e.getValue());
        }
        return values;
    }
}
