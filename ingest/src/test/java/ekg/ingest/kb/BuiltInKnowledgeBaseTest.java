package ekg.ingest.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.ingest.doc.EntityType;
import ekg.ingest.resolve.Slug;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the content of the built-in knowledge base files, line by line, as a reviewer would. */
class BuiltInKnowledgeBaseTest {
    /**
     * Names (folded as {@link KnowledgeBase#byName} folds them) that denote more than one built-in entry,
     * each with the keys it denotes. There are none today: "Kim" is nobody's alias, the city of
     * Luxembourg is "Luxemburg (Stadt)". A new ambiguity fails the test: either it is real (add it here,
     * e.g. {@code Map.entry("kongo", Set.of("demokratische-republik-kongo", "republik-kongo"))}) or a
     * name is wrong.
     */
    private static final Map<String, Set<String>> KNOWN_AMBIGUITIES = Map.of();

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One parsed line of a built-in file. */
    record Line(String file, int number, JsonNode json, KbEntry entry) {
        String where() {
            return file + ":" + number + " (" + entry.key() + ")";
        }
    }

    private static List<Line> lines;

    @BeforeAll
    static void readFiles() {
        lines = new ArrayList<>();
        for (String file : builtInFiles()) {
            List<String> text = read("/ekg/kb/" + file);
            for (int i = 0; i < text.size(); i++) {
                String l = text.get(i).strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                try {
                    lines.add(new Line(file, i + 1, JSON.readTree(l), JSON.readValue(l, KbEntry.class)));
                } catch (IOException e) {
                    throw new AssertionError(file + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void everyBuiltInFileLoads() {
        List<String> files = builtInFiles();
        assertEquals(List.of("countries.jsonl", "places.jsonl", "organizations.jsonl", "people.jsonl", "other.jsonl"), files);
        KnowledgeBase kb = KnowledgeBase.builtIn();
        assertEquals(lines.size(), kb.entries().size(), "every line is one entry, no key twice");
        for (String file : files) {
            assertTrue(lines.stream().anyMatch(l -> l.file().equals(file)), file + " has entries");
        }
    }

    @Test
    void countriesCoverTheUnMembersAndCommonlyReportedOthers() {
        long countries = lines.stream().filter(l -> "country".equals(l.entry().kind())).count();
        assertEquals(197, countries, "193 UN members + Kosovo, Taiwan, Palestine, Vatican");
        KnowledgeBase kb = KnowledgeBase.builtIn();
        for (String k : List.of("kosovo", "taiwan", "palaestina", "vatikan", "nordkorea", "suedkorea", "russland")) {
            assertNotNull(kb.get(k), k);
        }
    }

    @Test
    void keysAreUniqueAcrossFiles() {
        Map<String, String> seen = new HashMap<>();
        for (Line l : lines) {
            String before = seen.put(l.entry().key(), l.where());
            assertTrue(before == null, "key " + l.entry().key() + " twice: " + before + " and " + l.where());
        }
    }

    @Test
    void keysAreSlugsOfTheName() {
        for (Line l : lines) {
            assertEquals(Slug.of(l.entry().name()), l.entry().key(), l.where());
        }
    }

    @Test
    void everyEntryHasASource() {
        for (Line l : lines) {
            assertTrue(l.entry().source() != null && !l.entry().source().isBlank(), l.where());
        }
    }

    @Test
    void typesMatchTheFile() {
        Map<String, EntityType> byFile = Map.of("countries.jsonl", EntityType.LOC, "places.jsonl", EntityType.LOC,
                "organizations.jsonl", EntityType.ORG, "people.jsonl", EntityType.PER, "other.jsonl", EntityType.OTH);
        for (Line l : lines) {
            assertEquals(byFile.get(l.file()), l.entry().type(), l.where());
        }
    }

    @Test
    void everyReferencePointsToAnEntry() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        for (Line l : lines) {
            KbEntry e = l.entry();
            if (e.capital() != null) {
                KbEntry capital = kb.get(e.capital());
                assertNotNull(capital, l.where() + ": capital " + e.capital());
                assertEquals("city", capital.kind(), l.where() + ": capital " + e.capital());
            }
            if (l.json().has("partOf")) {
                assertNotNull(kb.get(l.json().get("partOf").asText()), l.where() + ": partOf " + l.json().get("partOf"));
            }
            for (KbRole r : e.roles()) {
                assertNotNull(r.of(), l.where() + ": role " + r.role() + " of nothing");
                assertNotNull(kb.get(r.of()), l.where() + ": role " + r.role() + " of " + r.of());
            }
        }
    }

    @Test
    void wikidataIdsAreUnique() {
        Map<String, String> seen = new HashMap<>();
        for (Line l : lines) {
            String q = l.entry().wikidata();
            if (q == null) continue;
            String before = seen.put(q, l.where());
            assertTrue(before == null, q + " twice: " + before + " and " + l.where());
        }
    }

    @Test
    void theWellKnownWikidataIdsAreWhereTheyBelong() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Map<String, String> expected = Map.of("wladimir-putin", "Q7747", "jens-stoltenberg", "Q57592",
                "kim-jong-un", "Q56226", "wolodymyr-selenskyj", "Q3874799", "sergej-lawrow", "Q150851",
                "russland", "Q159", "nordkorea", "Q423", "suedkorea", "Q884", "vereinigte-staaten", "Q30",
                "nato", "Q7184");
        expected.forEach((key, q) -> assertEquals(q, kb.get(key).wikidata(), key));
    }

    @Test
    void namesThatDenoteSeveralEntriesAreKnownAmbiguities() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Line l : lines) {
            for (String n : new TreeSet<>(l.entry().names().stream().map(KnowledgeBase::fold).toList())) {
                found.computeIfAbsent(n, k -> new TreeSet<>()).add(l.entry().key());
            }
        }
        found.values().removeIf(keys -> keys.size() < 2);
        assertEquals(new TreeMap<>(KNOWN_AMBIGUITIES), found, "a name that denotes several entries must be listed in KNOWN_AMBIGUITIES");
    }

    @Test
    void aliasesAreNotRepeated() {
        for (Line l : lines) {
            List<String> folded = l.entry().names().stream().map(KnowledgeBase::fold).toList();
            assertEquals(new TreeSet<>(folded).size(), folded.size(), l.where() + ": " + l.entry().names());
        }
    }

    @Test
    void everyNameWithEszettHasItsSwissSpelling() {
        for (Line l : lines) {
            List<String> names = l.entry().names();
            for (String n : names) {
                if (n.contains("ß")) {
                    assertTrue(names.contains(n.replace("ß", "ss")), l.where() + ": no Swiss spelling of " + n);
                }
            }
        }
    }

    @Test
    void datesAreWellFormedAndInOrder() {
        for (Line l : lines) {
            for (KbRole r : l.entry().roles()) {
                String where = l.where() + ": " + r.role() + " of " + r.of();
                checkDate(r.from(), where);
                checkDate(r.to(), where);
                if (r.from() != null && r.to() != null) {
                    int n = Math.min(r.from().length(), r.to().length());
                    assertTrue(r.from().substring(0, n).compareTo(r.to().substring(0, n)) <= 0,
                            where + ": from " + r.from() + " after to " + r.to());
                }
            }
        }
    }

    @Test
    void theSeedArticlesNamesResolve() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("Kim Jong Un", "kim-jong-un"), Map.entry("Kim Jung Un", "kim-jong-un"),
                Map.entry("Kim Jong Il", "kim-jong-il"), Map.entry("Kim Il Sung", "kim-il-sung"),
                Map.entry("Weissen Hauses", "weisses-haus"), Map.entry("Weißen Haus", "weisses-haus"),
                Map.entry("US-Verteidigungsministeriums", "us-verteidigungsministerium"),
                Map.entry("Pentagon", "us-verteidigungsministerium"),
                Map.entry("Nationalen Sicherheitsrates", "nationaler-sicherheitsrat-der-usa"),
                Map.entry("Sicherheitsrats der Vereinten Nationen", "un-sicherheitsrat"),
                Map.entry("UN-Sicherheitsrats", "un-sicherheitsrat"), Map.entry("Nato", "nato"),
                Map.entry("Pjöngjang", "pjoengjang"), Map.entry("Moskau", "moskau"),
                Map.entry("Rodong Sinmun", "rodong-sinmun"), Map.entry("KCNA", "kcna"),
                Map.entry("Interfax", "interfax"), Map.entry("dpa", "deutsche-presse-agentur"),
                Map.entry("Fernen Osten", "russischer-ferner-osten"), Map.entry("Indopazifik-Raum", "indopazifik"),
                Map.entry("Andrej Beloussow", "andrej-beloussow"), Map.entry("Sergej Lawrow", "sergej-lawrow"),
                Map.entry("Yoon Suk Yeol", "yoon-suk-yeol"), Map.entry("Antony Blinken", "antony-blinken"),
                Map.entry("John Kirby", "john-kirby"), Map.entry("Pat Ryder", "pat-ryder"),
                Map.entry("Karine Jean-Pierre", "karine-jean-pierre"), Map.entry("Selenskyj", "wolodymyr-selenskyj"),
                Map.entry("Kim-Il-Sung-Platz", "kim-il-sung-platz"), Map.entry("Charkiw", "charkiw")));
        expected.forEach((name, key) -> {
            List<KbEntry> hits = kb.byName(name);
            assertEquals(1, hits.size(), name + " -> " + hits);
            assertEquals(key, hits.get(0).key(), name);
        });
        assertTrue(kb.byName("Kim").isEmpty(), "Kim alone denotes no one");
        assertTrue(kb.byName("Kim Yong-il").isEmpty(), "Kim Yong-il is not a spelling of Kim Jong-il");
    }

    @Test
    void theRoleHolderOnADateIsTheRightOne() {
        assertEquals(List.of("wladimir-putin"), holders("Präsident", "russland", "2024-06-18"));
        assertEquals(List.of("dmitri-medwedew"), holders("Präsident", "russland", "2010"));
        assertEquals(List.of("jens-stoltenberg"), holders("Generalsekretär", "nato", "2024-06"));
        assertEquals(List.of("mark-rutte"), holders("Generalsekretär", "nato", "2024-10-02"));
        assertEquals(List.of("antony-blinken"), holders("Außenminister", "vereinigte-staaten", "2024-06-18"));
        assertEquals(List.of("kim-jong-un"), holders("Machthaber", "nordkorea", "2024-06-18"));
        assertEquals(List.of("kim-jong-il"), holders("Machthaber", "nordkorea", "2000-07-19"));
        assertEquals(List.of("to-lam"), holders("Präsident", "vietnam", "2024-06-19"));
    }

    private static List<String> holders(String role, String of, String date) {
        return lines.stream()
                .filter(l -> l.entry().roles().stream()
                        .anyMatch(r -> r.role().equals(role) && of.equals(r.of()) && r.heldOn(date)))
                .map(l -> l.entry().key()).toList();
    }

    private static void checkDate(String d, String where) {
        if (d == null) return;
        assertTrue(DATE.matcher(d).matches(), where + ": date " + d);
        if (d.length() == 10) LocalDate.parse(d);
        if (d.length() == 7) YearMonth.parse(d);
        assertFalse(d.compareTo("1900") < 0, where + ": date " + d);
    }

    private static List<String> builtInFiles() {
        return read("/ekg/kb/index.txt").stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> read(String resource) {
        try (InputStream in = BuiltInKnowledgeBaseTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
