package ekg.graph.tools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence templates of the corpus generator, read from {@code ekg/bench/templates.txt}: headlines,
 * opening sentences, body sentences and quote wordings, with {@code {slot}} placeholders.
 *
 * <pre>{@code
 * String s = Templates.fill("{P1} traf {P2}.", Map.of("P1", "Olaf Scholz", "P2", "Emmanuel Macron"));
 * }</pre>
 */
record Templates(List<String> heads, List<String> leads, List<String> body, List<String> quotes) {
    private static final String RESOURCE = "/ekg/bench/templates.txt";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    Templates {
        heads = List.copyOf(heads);
        leads = List.copyOf(leads);
        body = List.copyOf(body);
        quotes = List.copyOf(quotes);
        if (heads.isEmpty() || leads.isEmpty() || body.isEmpty() || quotes.isEmpty()) {
            throw new IllegalArgumentException("templates need headlines, leads, body sentences and quotes");
        }
    }

    static Templates builtIn() {
        try (InputStream in = Templates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Templates parse(List<String> lines) {
        List<String> heads = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("head:")) heads.add(line.substring(5));
            else if (line.startsWith("lead:")) leads.add(line.substring(5));
            else if (line.startsWith("quote:")) quotes.add(line.substring(6));
            else body.add(line);
        }
        return new Templates(heads, leads, body, quotes);
    }

    /** Replaces every slot by its value; a slot without a value is a fault of the template file. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) throw new IllegalArgumentException("no value for slot {" + m.group(1) + "} in: " + template);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
