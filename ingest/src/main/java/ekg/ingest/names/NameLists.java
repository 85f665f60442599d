package ekg.ingest.names;

import ekg.ingest.doc.EntityType;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.morph.WordMemo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the name rules and the gazetteer know: names with their types (from the knowledge base, and lists
 * derived from training data by {@code ekg ner-lists names}), given names, and German role nouns.
 *
 * <pre>{@code
 * NameLists lists = NameLists.builtIn();       // classpath lists + KnowledgeBase.builtIn()
 * NameLists heldOut = NameLists.load(Path.of("/tmp/lists"), KnowledgeBase.builtIn());
 * }</pre>
 */
public final class NameLists {
    /** The file of derived names: {@code name TAB type} per line. */
    public static final String NAMES_FILE = "names.tsv";
    /** The file of given names, one per line. */
    public static final String GIVEN_FILE = "given-names.txt";
    /** Files of first names, last names and places of many countries (see {@link NameWords}). */
    public static final String FIRST_FILE = NameWords.FIRST_FILE, LAST_FILE = NameWords.LAST_FILE,
            PLACES_FILE = NameWords.PLACES_FILE;
    static final String RESOURCES = "/ekg/names/";
    static final String ROLES_RESOURCE = RESOURCES + "role-nouns.txt";

    // The German press writes acronyms spoken as words like names: "NATO" as "Nato", "UNO" as "Uno".
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}");

    private final Gazetteer gazetteer;
    private final Set<String> givenNames;
    /** Role nouns, lowercased, by their last letter: a token is compared with the few that can end it. */
    private final Map<Character, List<String>> roleNounsByLast;
    /** Words already tested, as each rule asks of the same tokens. */
    private final WordMemo<Boolean> roleNounWords = new WordMemo<>(100_000, this::endsInRoleNoun);
    private final NameWords words;

    private NameLists(Gazetteer gazetteer, Set<String> givenNames, List<String> roleNouns, NameWords words) {
        this.gazetteer = gazetteer;
        this.givenNames = Set.copyOf(givenNames);
        this.roleNounsByLast = roleNouns.stream().filter(r -> !r.isEmpty())
                .collect(Collectors.groupingBy(r -> r.charAt(r.length() - 1)));
        this.words = words;
    }

    private static final class BuiltIn {
        static final NameLists LISTS = fromClasspath();
    }

    /** The lists shipped with ekg and the built-in knowledge base, loaded once per process. */
    public static NameLists builtIn() {
        return BuiltIn.LISTS;
    }

    /** The shipped lists with a knowledge base of one's own (the built-in one and a user's files). */
    public static NameLists builtIn(KnowledgeBase kb) {
        return kb == KnowledgeBase.builtIn() ? builtIn() : fromClasspath(kb);
    }

    /** Lists from a directory holding {@value #NAMES_FILE} and {@value #GIVEN_FILE}, plus the knowledge base. */
    public static NameLists load(Path dir, KnowledgeBase kb) throws IOException {
        try (Reader names = Files.newBufferedReader(dir.resolve(NAMES_FILE), StandardCharsets.UTF_8);
             Reader given = Files.newBufferedReader(dir.resolve(GIVEN_FILE), StandardCharsets.UTF_8)) {
            return of(names, dir.resolve(NAMES_FILE).toString(), given, kb.entries(), NameWords.load(dir));
        }
    }

    /** Lists from readers in the files' formats, plus known entities; {@code source} names the names file in errors. */
    public static NameLists of(Reader names, String source, Reader given, Collection<KbEntry> kb) throws IOException {
        return of(names, source, given, kb, NameWords.none());
    }

    /** As {@link #of(Reader, String, Reader, Collection)}, with first and last names of many countries. */
    public static NameLists of(Reader names, String source, Reader given, Collection<KbEntry> kb, NameWords words)
            throws IOException {
        Objects.requireNonNull(kb, "kb == null");
        Objects.requireNonNull(words, "words == null");
        Gazetteer.Builder g = Gazetteer.builder();
        Set<String> givenNames = new HashSet<>(lines(given));
        List<String> nameLines = lines(names);
        for (int i = 0; i < nameLines.size(); i++) {
            String[] f = nameLines.get(i).split("\t");
            if (f.length < 2) throw new IOException(source + ":" + (i + 1) + ": expected 'name TAB type': " + nameLines.get(i));
            try {
                g.add(f[0], EntityType.parse(f[1]), false);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        for (KbEntry e : kb) addKnown(e, g, givenNames);
        return new NameLists(g.build(), givenNames, roleNouns(), words);
    }

    private static void addKnown(KbEntry e, Gazetteer.Builder g, Set<String> givenNames) {
        for (String name : e.names()) {
            g.add(name, e.type(), true);
            if (ACRONYM.matcher(name).matches()) {
                g.add(name.charAt(0) + name.substring(1).toLowerCase(Locale.GERMAN), e.type(), true);
            }
            List<String> tokens = NameTokens.split(name);
            if (e.type() == EntityType.PER && tokens.size() > 1 && NameTokens.capitalised(tokens.get(0))) {
                givenNames.add(tokens.get(0));
            }
        }
    }

    private static NameLists fromClasspath() {
        return fromClasspath(KnowledgeBase.builtIn());
    }

    private static NameLists fromClasspath(KnowledgeBase kb) {
        try (InputStream names = stream(RESOURCES + NAMES_FILE); InputStream given = stream(RESOURCES + GIVEN_FILE)) {
            return of(reader(names), "classpath:" + RESOURCES + NAMES_FILE, reader(given), kb.entries(),
                    NameWords.builtIn());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in name lists", e);
        }
    }

    public Gazetteer gazetteer() { return gazetteer; }

    /** A given name of the derived lists or the knowledge base, or a first name of many countries. */
    public boolean isGivenName(String token) {
        return givenNames.contains(token) || words.isFirst(token);
    }

    /** A last name of many countries (a word, not a name: "Braun" is also a colour). */
    public boolean isLastName(String token) {
        return words.isLast(token);
    }

    public NameWords words() { return words; }

    /** True when the token is a role noun or ends in one ("Präsident", "US-Präsidentin", "Regierungssprecher"). */
    public boolean isRoleNoun(String token) {
        if (!NameTokens.capitalised(token)) return false;
        return roleNounWords.get(token);
    }

    private boolean endsInRoleNoun(String token) {
        char last = Character.toLowerCase(token.charAt(token.length() - 1));
        for (String r : roleNounsByLast.getOrDefault(last, List.of())) {
            if (token.regionMatches(true, token.length() - r.length(), r, 0, r.length())) return true;
        }
        return false;
    }

    static List<String> roleNouns() {
        try (InputStream in = stream(ROLES_RESOURCE)) {
            return lines(reader(in)).stream().map(s -> s.toLowerCase(Locale.GERMAN)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROLES_RESOURCE, e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = NameLists.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("resource " + resource + " is not on the classpath");
        return in;
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Non-blank lines that are not {@code #} comments, stripped. */
    private static List<String> lines(Reader r) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader in = r instanceof BufferedReader b ? b : new BufferedReader(r);
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }
}
