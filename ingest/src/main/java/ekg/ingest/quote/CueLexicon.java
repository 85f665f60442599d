package ekg.ingest.quote;

import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordForm;
import ekg.ingest.morph.WordMemo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that attribute speech (sagte, betonte, teilte … mit, laut, so), read from a plain-text
 * list that users can extend; the file format is described at the top of
 * {@code ekg/quote/cue-verbs-de.txt}.
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.german();
 * CueLexicon mine = CueLexicon.load(Path.of("my-cues.txt"));
 * }</pre>
 */
public final class CueLexicon {
    private static final List<String> INSEPARABLE = List.of("be", "emp", "ent", "er", "ge", "miss", "ver", "zer",
            "hinter", "wider");

    /** One cue: its words in lower case and how to find its speaker. */
    record Entry(List<String> words, boolean postposed, boolean speakerAfter, boolean speakerBefore, boolean carry,
                 boolean act, boolean sentence, boolean answers, boolean clauseOnly) {}

    private final Map<String, List<Entry>> byFirstWord;
    /** Words met lately and their entries; forgotten all at once when full, as a long run meets every word. */
    // Keyed by the form as the text has it: the finders ask with the token's own string, found again by identity.
    private final WordMemo<List<Entry>> byForm = new WordMemo<>(100_000, w -> lemmaEntries(w.toLowerCase(Locale.ROOT)));

    private CueLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** The German list shipped with ekg. */
    public static CueLexicon german() {
        return of(WordLists.resource("cue-verbs-de.txt"));
    }

    /** Reads a list in the format of the shipped one. */
    public static CueLexicon load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(WordLists.lines(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue list " + file, e);
        }
    }

    /** Parses a list given as text. */
    public static CueLexicon parse(String text) {
        try {
            return of(WordLists.lines(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CueLexicon of(List<String> lines) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (String line : lines) {
            List<String> words = new ArrayList<>();
            Set<String> flags = new LinkedHashSet<>();
            for (String w : line.split("\\s+")) {
                if (w.startsWith("!")) flags.add(w.substring(1));
                else words.add(w);
            }
            if (words.isEmpty()) throw new IllegalArgumentException("cue line has no word: " + line);
            for (String first : forms(words.get(0))) {
                List<String> ws = new ArrayList<>(words);
                ws.set(0, first);
                Entry e = new Entry(List.copyOf(ws), flags.contains("postposed"), flags.contains("speaker-after"),
                        flags.contains("speaker-before"), flags.contains("carry"), flags.contains("act"),
                        flags.contains("sentence"), flags.contains("answers"), flags.contains("clause"));
                map.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            }
        }
        // longest entries first, so "teilte mit" wins over a bare "teilte"
        map.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
        return new CueLexicon(Map.copyOf(map));
    }

    /**
     * The entries starting with {@code word} (any case), longest first; empty when it is no cue. A form
     * the list does not spell out matches the entries of its verb lemmas in the German lexicon
     * (sprach, spricht: sprechen; teilte … mit: teilen mit).
     */
    List<Entry> entries(String word) {
        return byForm.get(word);
    }

    private List<Entry> lemmaEntries(String w) {
        List<Entry> out = new ArrayList<>(byFirstWord.getOrDefault(w, List.of()));
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) return List.copyOf(out);
        // meine, seinen: a determiner or pronoun reading wins over the verb's
        if (GermanLexicon.get().any(w, f -> f.tag().startsWith("PRO") || f.tag().startsWith("ART"))) return List.copyOf(out);
        for (String lemma : GermanLexicon.get().lemmas(w, WordForm::isVerb)) {
            if (!lemma.equals(w)) byFirstWord.getOrDefault(lemma, List.of()).stream().filter(e -> !out.contains(e)).forEach(out::add);
        }
        out.sort(Comparator.comparingInt((Entry e) -> -e.words().size()));
        return List.copyOf(out);
    }

    /** Whether {@code word} (any case) can start a cue. */
    public boolean isCue(String word) {
        return !entries(word).isEmpty();
    }

    /** A weak verb's lemma yields its 3rd-person and participle forms; anything else stands for itself. */
    static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        String stem = stem(word);
        if (stem == null) return out;
        String t = stem.matches(".*([td]|[^aeiouäöülrh][mn])") ? stem + "e" : stem;
        out.addAll(Arrays.asList(t + "t", t + "te", t + "ten"));
        boolean noGe = word.endsWith("ieren") || INSEPARABLE.stream().anyMatch(p -> word.startsWith(p)
                && word.length() > p.length() + 4);
        out.add((noGe ? "" : "ge") + t + "t");
        return out;
    }

    private static String stem(String word) {
        if (word.length() < 5 || !word.chars().allMatch(Character::isLetter)) return null;
        if (word.endsWith("ern") || word.endsWith("eln")) return word.substring(0, word.length() - 1);
        if (word.endsWith("en")) return word.substring(0, word.length() - 2);
        return null;
    }
}
