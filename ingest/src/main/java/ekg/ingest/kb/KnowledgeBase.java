package ekg.ingest.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.ingest.doc.Spaces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known entities, read from JSON Lines files (one {@link KbEntry} per line, {@code #} comments
 * allowed): the built-in files listed in {@code /ekg/kb/index.txt}, and any file a user adds. A later
 * entry with the same key replaces an earlier one, so a user's file can correct the built-in data.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.builtIn();
 * List<KbEntry> hits = kb.byName("Nato");   // the entry of NATO, matched case-insensitively
 * }</pre>
 */
public final class KnowledgeBase {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private final Map<String, KbEntry> byKey;
    private final Map<String, List<KbEntry>> byName = new HashMap<>();
    /** The last word of every name and alias, folded: most phrases asked about end in none of them. */
    private final Set<String> lastWords = new HashSet<>();
    /** The first word of every name and alias, folded. */
    private final Set<String> firstWords = new HashSet<>();
    private final String fingerprint;

    private KnowledgeBase(Map<String, KbEntry> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
        // From the entries' text: a hash over the map's values or their enum fields would differ per process.
        this.fingerprint = Integer.toHexString(byKey.values().stream().map(KbEntry::toString).toList().hashCode());
        for (KbEntry e : byKey.values()) {
            for (String n : e.names()) byName.computeIfAbsent(fold(n), k -> new ArrayList<>(2)).add(e);
        }
        for (String n : byName.keySet()) {
            lastWords.add(lastWord(n));
            firstWords.add(n.indexOf(' ') < 0 ? n : n.substring(0, n.indexOf(' ')));
        }
    }

    private static final class BuiltIn {
        static final KnowledgeBase KB = load(List.of());
    }

    /** The knowledge base shipped with ekg, loaded once per process. */
    public static KnowledgeBase builtIn() {
        return BuiltIn.KB;
    }

    /** The built-in entries, then the user's files in order. */
    public static KnowledgeBase load(List<Path> userFiles) {
        return load(true, userFiles);
    }

    /** Only the given files, without the built-in entries: for a knowledge base of one's own, and tests. */
    public static KnowledgeBase fromFiles(List<Path> files) {
        return load(false, files);
    }

    private static KnowledgeBase load(boolean builtIns, List<Path> userFiles) {
        Map<String, KbEntry> entries = new LinkedHashMap<>();
        for (String resource : builtIns ? builtInFiles() : List.<String>of()) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream("/ekg/kb/" + resource)) {
                if (in == null) throw new IllegalStateException("knowledge base file /ekg/kb/" + resource + " is missing");
                read(in, "ekg/kb/" + resource, entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path p : userFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                read(in, p.toString(), entries);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge base file " + p + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(entries);
    }

    /** Changes whenever an entry does: extraction results depend on it, so provenance names it. */
    public String fingerprint() {
        return fingerprint;
    }

    public Collection<KbEntry> entries() {
        return byKey.values();
    }

    public KbEntry get(String key) {
        return byKey.get(key);
    }

    /** Entries with this name or alias, compared case-insensitively with white space folded. */
    public List<KbEntry> byName(String name) {
        return byName.getOrDefault(fold(name), List.of());
    }

    /**
     * False when no name or alias ends in the phrase's last word, so that neither the phrase nor any
     * other form of its first words can be a name here: a cheap test before trying several forms.
     */
    public boolean mayName(String phrase) {
        return lastWords.contains(lastWord(phrase.strip()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * False when no name or alias of several words begins with {@code word} (one word, no white space
     * in it): a phrase that opens with it names nothing here.
     */
    public boolean mayOpenName(String word) {
        return firstWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String lastWord(String stripped) {
        int i = stripped.length();
        while (i > 0 && !Character.isWhitespace(stripped.charAt(i - 1))) i--;
        return stripped.substring(i);
    }

    static String fold(String name) {
        return Spaces.collapse(name).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> builtInFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("/ekg/kb/index.txt")) {
            if (in == null) return files;
            for (String line : lines(in)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) files.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void read(InputStream in, String source, Map<String, KbEntry> into) throws IOException {
        List<String> lines = lines(in);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            try {
                KbEntry e = JSON.readValue(l, KbEntry.class);
                into.put(e.key(), e);
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": bad knowledge base entry: "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
