package ekg.ingest.event;

import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordMemo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The German event triggers of {@code /ekg/event/triggers-de.tsv}, by lemma: which words are events of
 * which type, with their CAMEO code. A word is looked up by its lemmas in the morphological lexicon, so
 * every inflected form matches; a noun also matches as the head of a compound, reporting the part
 * before it as the modifier.
 *
 * <pre>{@code
 * TriggerLexicon.german().candidates("Präsidentenwahlen");  // Election, modifier "Präsidenten"
 * }</pre>
 */
final class TriggerLexicon {
    private static final String RESOURCE = "/ekg/event/triggers-de.tsv";
    /** The type of a line that says a word is no trigger although a trigger ends it. */
    private static final String NONE = "-";

    /** One trigger line: a context, when given, is what the trigger's clause must contain. */
    record Entry(String lemma, String type, String cameo, Pattern context) {
    }

    /** A word that may be a trigger: its entry, and the modifier of a compound noun ("" when none). */
    record Hit(Entry entry, String modifier) {
        String type() {
            return entry.type();
        }

        /** Whether the line names an event: not when it says the word names none in its context. */
        boolean names() {
            return !entry.type().equals(NONE);
        }
    }

    private final Map<String, List<Entry>> nouns;
    private final Map<String, List<Entry>> verbs;
    private final List<Map.Entry<Pattern, Entry>> patterns;
    private final Compounds compounds;
    /**
     * Words already looked up: news repeats its words, and a word's lemmas and compound heads take
     * several lexicon look-ups. Bounded, so memory does not grow with the corpus.
     */
    private static final int MAX_REMEMBERED = 100_000;
    private final WordMemo<List<Hit>> remembered = new WordMemo<>(MAX_REMEMBERED, this::lookUp);
    private final WordMemo<List<String>> lemmasOf = new WordMemo<>(MAX_REMEMBERED, this::lemmasOf);
    // Asked of every lower-case word of an article.
    private final WordMemo<Boolean> takesParticle = new WordMemo<>(MAX_REMEMBERED, this::anyParticleBase);
    /** What remains of a separable verb trigger without its particle ("nehmen" of "festnehmen"). */
    private final Set<String> particleBases = new HashSet<>();

    private TriggerLexicon(Map<String, List<Entry>> nouns, Map<String, List<Entry>> verbs,
                           List<Map.Entry<Pattern, Entry>> patterns) {
        this.nouns = nouns;
        this.verbs = verbs;
        this.patterns = patterns;
        this.compounds = new Compounds(GermanLexicon.get());
        for (String lemma : verbs.keySet()) {
            for (String p : Particles.PARTICLES) {
                if (lemma.startsWith(p) && lemma.length() > p.length() + 2) particleBases.add(lemma.substring(p.length()));
            }
        }
    }

    private static final class Holder {
        static final TriggerLexicon GERMAN = load();
    }

    static TriggerLexicon german() {
        return Holder.GERMAN;
    }

    /** The entries {@code word} may be, in the lexicon's order: the caller picks the first whose context holds. */
    List<Hit> candidates(String word) {
        return remembered.get(word);
    }

    /** The entries of a separable verb's lemma ("festnehmen" of "nahm ... fest"). */
    List<Hit> verb(String lemma) {
        List<Entry> e = verbs.get(lemma);
        return e == null ? List.of() : e.stream().map(x -> new Hit(x, "")).toList();
    }

    /** The verb lemmas of a lower-case word, for joining a separable particle. */
    List<String> verbLemmas(String word) {
        return lemmasOf.get(word);
    }

    private List<String> lemmasOf(String word) {
        return List.copyOf(compounds.verbLemmas(word));
    }

    /** Whether a lower-case word may be a separable verb trigger whose particle stands apart ("nahm"). */
    boolean mayTakeParticle(String word) {
        return takesParticle.get(word);
    }

    private boolean anyParticleBase(String word) {
        for (String lemma : verbLemmas(word)) {
            if (particleBases.contains(lemma)) return true;
        }
        return false;
    }

    private List<Hit> lookUp(String word) {
        if (word.isEmpty()) return List.of();
        List<Hit> out = new ArrayList<>();
        for (Map.Entry<Pattern, Entry> p : patterns) {
            if (p.getKey().matcher(word).matches()) out.add(new Hit(p.getValue(), ""));
        }
        if (Character.isUpperCase(word.charAt(0))) {
            Compounds.Head head = compounds.head(word, nouns::containsKey);
            if (head != null) {
                for (Entry e : nouns.get(head.lemma())) {
                    if (!e.type().equals(NONE)) out.add(new Hit(e, head.modifier()));
                }
            }
        } else {
            for (String lemma : verbLemmas(word)) {
                for (Entry e : verbs.getOrDefault(lemma, List.of())) out.add(new Hit(e, ""));
            }
        }
        return List.copyOf(out);
    }

    private static TriggerLexicon load() {
        Map<String, List<Entry>> nouns = new HashMap<>();
        Map<String, List<Entry>> verbs = new HashMap<>();
        List<Map.Entry<Pattern, Entry>> patterns = new ArrayList<>();
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("trigger lexicon " + RESOURCE + " is missing");
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t");
                if (f.length < 4 || !(f[1].equals("N") || f[1].equals("V") || f[1].equals("R"))) {
                    throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected lemma, N|V|R, type, cameo: " + l);
                }
                Pattern context = f.length > 4 && !f[4].isBlank() ? Pattern.compile(f[4]) : null;
                Entry e = new Entry(f[0], f[2], f[3].equals("-") ? null : f[3], context);
                switch (f[1]) {
                    case "N" -> nouns.computeIfAbsent(f[0], k -> new ArrayList<>()).add(e);
                    case "V" -> verbs.computeIfAbsent(f[0], k -> new ArrayList<>()).add(e);
                    default -> patterns.add(Map.entry(Pattern.compile(f[0]), e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TriggerLexicon(nouns, verbs, patterns);
    }
}
