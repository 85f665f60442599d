package ekg.ingest.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Single words known as first names, last names or places of many countries (the lists
 * {@code ekg ner-lists world} makes from datafaker's locale files), and the world's cities and towns (the list
 * {@code ekg ner-lists cities} makes from GeoNames): evidence, not names, since "Paris" or "Jordan" can be
 * either. The rules use first and last names and cities; the model sees the first three as features.
 *
 * <pre>{@code
 * NameWords w = NameWords.builtIn();
 * w.isFirst("Olaf");   // true
 * }</pre>
 */
public final class NameWords {
    /** The file of first names, one per line. */
    public static final String FIRST_FILE = "first-names.txt";
    /** The file of last names, one per line. */
    public static final String LAST_FILE = "last-names.txt";
    /** The file of cities and states, one per line. */
    public static final String PLACES_FILE = "places.txt";
    /** The file of the world's cities and towns, one per line. */
    public static final String CITIES_FILE = "cities.txt";

    private static final NameWords NONE = new NameWords(Set.of(), Set.of(), Set.of());

    private final Set<String> first;
    private final Set<String> last;
    private final Set<String> places;
    private final Set<String> cities;

    public NameWords(Set<String> first, Set<String> last, Set<String> places) {
        this(first, last, places, Set.of());
    }

    public NameWords(Set<String> first, Set<String> last, Set<String> places, Set<String> cities) {
        this.first = Set.copyOf(first);
        this.last = Set.copyOf(last);
        this.places = Set.copyOf(places);
        this.cities = Set.copyOf(cities);
    }

    /** No words at all. */
    public static NameWords none() {
        return NONE;
    }

    private static final class BuiltIn {
        static final NameWords WORDS = fromClasspath();
    }

    /** The lists shipped with ekg. */
    public static NameWords builtIn() {
        return BuiltIn.WORDS;
    }

    /** The lists in a directory; a missing file is an empty list. */
    public static NameWords load(Path dir) throws IOException {
        return new NameWords(file(dir.resolve(FIRST_FILE)), file(dir.resolve(LAST_FILE)), file(dir.resolve(PLACES_FILE)),
                file(dir.resolve(CITIES_FILE)));
    }

    public boolean isFirst(String word) {
        return first.contains(word);
    }

    public boolean isLast(String word) {
        return last.contains(word);
    }

    public boolean isPlace(String word) {
        return places.contains(word);
    }

    /** A city, town or region of the GeoNames list, or a place of the datafaker lists. */
    public boolean isCity(String word) {
        return cities.contains(word) || places.contains(word);
    }

    public Set<String> first() { return first; }

    public Set<String> last() { return last; }

    public Set<String> places() { return places; }

    public int size() {
        return first.size() + last.size() + places.size();
    }

    private static Set<String> file(Path p) throws IOException {
        if (!Files.exists(p)) return Set.of();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return words(r);
        }
    }

    private static NameWords fromClasspath() {
        try {
            return new NameWords(resource(FIRST_FILE), resource(LAST_FILE), resource(PLACES_FILE), resource(CITIES_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in name words", e);
        }
    }

    private static Set<String> resource(String name) throws IOException {
        try (InputStream in = NameWords.class.getResourceAsStream(NameLists.RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("resource " + NameLists.RESOURCES + name + " is not on the classpath");
            return words(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** Non-blank lines that are not {@code #} comments. */
    static Set<String> words(Reader r) throws IOException {
        Set<String> out = new HashSet<>();
        BufferedReader in = new BufferedReader(r);
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }
}
