package ekg.ingest.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The German event triggers of {@code /ekg/event/triggers-de.tsv}: which words are events of which type,
 * with their CAMEO code. A noun matches the head of a compound and reports the part before it.
 *
 * <pre>{@code
 * TriggerLexicon.german().match("NATO-Gipfel");  // Summit, modifier "NATO"
 * }</pre>
 */
final class TriggerLexicon {
    private static final String RESOURCE = "/ekg/event/triggers-de.tsv";
    /** A shorter unhyphenated modifier is no compound ("Kreise" is no "Reise"); "EU-Gipfel" is. */
    private static final int MIN_MODIFIER = 3;

    /** One trigger line. */
    record Entry(Pattern form, boolean noun, String type, String cameo, Pattern context) {
    }

    /** A word that is a trigger: its entry, and the modifier of a compound noun ("" when none). */
    record Hit(Entry entry, String modifier) {
        String type() {
            return entry.type();
        }
    }

    /**
     * Words already looked up: news repeats its words, and trying every entry's pattern on each token cost
     * more than the rest of the event stage. Bounded, so memory does not grow with the corpus.
     */
    private static final int MAX_REMEMBERED = 50_000;

    private final List<Entry> entries;
    private final Map<String, Optional<Hit>> remembered = new ConcurrentHashMap<>();

    private TriggerLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final TriggerLexicon GERMAN = load();
    }

    static TriggerLexicon german() {
        return Holder.GERMAN;
    }

    /** The trigger {@code word} is, or null. */
    Hit match(String word) {
        Optional<Hit> hit = remembered.get(word);
        if (hit == null) {
            hit = Optional.ofNullable(lookUp(word));
            if (remembered.size() < MAX_REMEMBERED) remembered.put(word, hit);
        }
        return hit.orElse(null);
    }

    private Hit lookUp(String word) {
        if (word.isEmpty()) return null;
        boolean capital = Character.isUpperCase(word.charAt(0));
        for (Entry e : entries) {
            if (e.noun() && capital) {
                Matcher m = e.form().matcher(word);
                if (!m.matches()) continue;
                boolean hyphenated = m.group(1).endsWith("-");
                String mod = hyphenated ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
                if (mod.isEmpty() || hyphenated || mod.length() >= MIN_MODIFIER) return new Hit(e, mod);
            } else if (!e.noun() && e.form().matcher(word).matches()) {
                return new Hit(e, "");
            }
        }
        return null;
    }

    private static TriggerLexicon load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("trigger lexicon " + RESOURCE + " is missing");
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank() || l.startsWith("#")) continue;
                entries.add(parse(l, i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TriggerLexicon(entries);
    }

    private static Entry parse(String line, int number) {
        String[] f = line.split("\t");
        if (f.length < 4 || !(f[1].equals("N") || f[1].equals("V"))) {
            throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected form, N|V, type, cameo: " + line);
        }
        boolean noun = f[1].equals("N");
        Pattern form = Pattern.compile(noun ? "(.*?)(?:" + f[0] + ")" : "(?:" + f[0] + ")");
        String cameo = f[3].equals("-") ? null : f[3];
        Pattern context = f.length > 4 && !f[4].isBlank() ? Pattern.compile(f[4]) : null;
        return new Entry(form, noun, f[2], cameo, context);
    }
}
