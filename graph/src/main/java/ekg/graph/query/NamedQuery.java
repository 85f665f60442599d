package ekg.graph.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL file with its header: the comment lines before the query say what it answers, and lines
 * {@code # @param name[:int] "default" [required] description} declare its parameters. Every parameter
 * has a default, so a query always runs with all of its variables bound; {@code :int} asks for a whole
 * number from 1, {@code required} for a value the caller must give.
 *
 * <pre>{@code
 * # Who said what.
 * # @param text "" a word the quote contains (any quote when empty)
 * # @param page:int "1" which page
 * SELECT ...
 * }</pre>
 */
public record NamedQuery(String name, String sparql, String description, Map<String, Param> params) {
    private static final Pattern PARAM =
            Pattern.compile("#\\s*@param\\s+(\\w+)(:int)?\\s+\"([^\"]*)\"\\s*(required\\b)?\\s*(.*)");

    public NamedQuery {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** One declared parameter. */
    public record Param(String name, String defaultValue, String description, boolean number, boolean required) {
        public Param(String name, String defaultValue, String description) {
            this(name, defaultValue, description, false, false);
        }

        /** Why {@code value} is not acceptable, or null when it is. */
        String problem(String value) {
            if (number && !value.matches("[1-9][0-9]{0,8}")) return "must be a whole number from 1, not \"" + value + "\"";
            return null;
        }
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
                params.put(m.group(1), new Param(m.group(1), m.group(3), m.group(5).strip(), m.group(2) != null,
                        m.group(4) != null));
            } else if (params.isEmpty()) {
                String text = l.replaceFirst("^#+\\s?", "");
                if (!text.isBlank()) description.append(description.isEmpty() ? "" : " ").append(text.strip());
            }
        }
        return new NamedQuery(name, sparql, description.toString(), params);
    }

    /**
     * The values to run with: defaults, overridden by {@code given}; an unknown name, or a value its
     * parameter does not accept, is an error.
     */
    public Map<String, String> values(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        params.values().forEach(p -> values.put(p.name(), p.defaultValue()));
        for (Map.Entry<String, String> e : given.entrySet()) {
            Param p = params.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + e.getKey()
                        + "'; its parameters: " + (params.isEmpty() ? "none" : String.join(", ", params.keySet())));
            }
            String problem = p.problem(e.getValue());
            if (problem != null) throw new IllegalArgumentException("query '" + name + "': " + e.getKey() + " " + problem);
            values.put(e.getKey(), e.getValue());
        }
        return values;
    }

    /** As {@link #values}, and every required parameter must be given, not blank: what a caller who asks is held to. */
    public Map<String, String> required(Map<String, String> given) {
        for (Param p : params.values()) {
            if (p.required() && given.getOrDefault(p.name(), "").isBlank()) {
                throw new IllegalArgumentException("query '" + name + "' needs --param " + p.name() + "=...: " + p.description());
            }
        }
        return values(given);
    }
}
