package ekg.graph.query;

import ekg.graph.link.Pages;
import ekg.graph.store.EkgStore;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The golden tests of the analysts' queries: loads {@code queries/tests/fixture.trig} into a real TDB2
 * dataset and runs every {@code queries/*.rq} with the parameters of each expected file beside it
 * (format in {@link ExpectedResult}). Rows are compared in order only when the query has ORDER BY.
 */
class QueriesTest {
    private static final Path QUERIES = QueryFixture.QUERIES;
    private static final Path EXPECTED = QUERIES.resolve("tests");

    @TempDir
    static Path db;
    private static EkgStore store;

    @BeforeAll
    static void loadFixture() {
        assertTrue(Files.isDirectory(QUERIES), "no queries folder at " + QUERIES.toAbsolutePath());
        // As every build does after linking: the fixture's listings fit on their first page.
        store = QueryFixture.open(db, Pages.SIZE);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) store.close();
    }

    @TestFactory
    Stream<DynamicTest> expectedResults() throws IOException {
        Map<String, NamedQuery> queries = readQueries();
        List<Path> files = expectedFiles();
        assertFalse(files.isEmpty(), "no expected results in " + EXPECTED.toAbsolutePath());
        return files.stream().map(f -> dynamicTest(f.getFileName().toString(), () -> check(queries, f)));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryIsTested() throws IOException {
        Map<String, NamedQuery> queries = readQueries();
        List<String> tested = expectedFiles().stream().map(f -> f.getFileName().toString()).toList();
        return queries.values().stream().map(q -> dynamicTest(q.name() + ".rq", () -> {
            assertTrue(tested.stream().anyMatch(t -> t.startsWith(q.name() + ".")),
                    q.name() + ".rq has no expected result: add " + EXPECTED.resolve(q.name() + ".tsv"));
            assertFalse(q.description().isBlank(), q.name() + ".rq has no header comment saying what it answers");
            q.params().keySet().forEach(p -> assertTrue(q.sparql().contains("$" + p),
                    q.name() + ".rq declares @param " + p + " but never uses $" + p));
            String row = "VALUES (" + q.params().keySet().stream().map(p -> "$" + p).collect(Collectors.joining(" "))
                    + ") { (" + q.params().values().stream().map(p -> "\"" + p.defaultValue() + "\"")
                    .collect(Collectors.joining(" ")) + ") }";
            assertTrue(q.sparql().contains(row), q.name() + ".rq does not open its WHERE clause with " + row);
        }));
    }

    private static void check(Map<String, NamedQuery> queries, Path file) throws IOException {
        ExpectedResult expected = ExpectedResult.read(file);
        NamedQuery query = queries.get(expected.query());
        if (query == null) {
            fail(file.getFileName() + " names query '" + expected.query() + "', but there is no "
                    + QUERIES.resolve(expected.query() + ".rq") + "; queries: " + queries.keySet());
        }
        List<String> actual = ExpectedResult.normalize(run(query, expected.params()));
        boolean ordered = QueryRunner.parse(query).hasOrderBy();
        List<String> want = ordered ? expected.lines() : ExpectedResult.sortedRows(expected.lines());
        List<String> got = ordered ? actual : ExpectedResult.sortedRows(actual);
        assertEquals(String.join("\n", want), String.join("\n", got),
                file.getFileName() + " differs from the result of " + query.name() + ".rq " + expected.params());
    }

    private static String run(NamedQuery query, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(out, new QueryRunner(store.dataset()).select(query, params));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, NamedQuery> readQueries() throws IOException {
        Map<String, NamedQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.put(name, NamedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertFalse(queries.isEmpty(), "no .rq files in " + QUERIES.toAbsolutePath());
        return queries;
    }

    private static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> files = Files.list(EXPECTED)) {
            return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
    }
}
