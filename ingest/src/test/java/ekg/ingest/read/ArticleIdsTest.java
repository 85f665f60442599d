package ekg.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static ekg.ingest.read.Reading.name;
import static ekg.ingest.read.Reading.read;
import static ekg.ingest.read.Reading.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleIdsTest {
    @TempDir
    Path dir;

    private static Fields fields(String id, String url, String fallback) {
        return new Fields(id, url, null, null, null, null, "Text.", fallback);
    }

    @Test
    void idFieldWinsAndIsMadeSafe() {
        assertEquals("Spiegel-Artikel-12", ArticleIds.of(fields(" Spiegel/Artikel 12 ", "https://x.org/y", "f")));
        assertEquals("Muenchen-Strasse-Oel", ArticleIds.of(fields("München Straße Öl", null, "f")));
        assertEquals("Cafe-a.b_c", ArticleIds.of(fields("Café a.b_c", null, "f")));
        assertEquals("hidden", ArticleIds.of(fields("../hidden", null, "f")));
    }

    @Test
    void idMadeOfNothingSafeBecomesAHash() {
        String id = ArticleIds.of(fields("???", null, "f"));
        assertTrue(id.matches("h[0-9a-f]{12}"), id);
        assertNotEquals(id, ArticleIds.of(fields("!!!", null, "f")));
    }

    @Test
    void urlGivesItsLastSegmentWithoutExtension() {
        assertEquals("putin-nordkorea-100", ArticleIds.fromUrl("https://example.org/politik/putin-nordkorea-100.html"));
        assertEquals("putin-nordkorea", ArticleIds.fromUrl("https://example.org/politik/putin-nordkorea/?ref=rss#top"));
        assertEquals("a1", ArticleIds.fromUrl("not a uri/with spaces/a1.php?x=1"));
    }

    @Test
    void urlWithoutPathGivesAStableHash() {
        String id = ArticleIds.fromUrl("https://example.org/");
        assertTrue(id.matches("u[0-9a-f]{12}"), id);
        assertEquals(id, ArticleIds.fromUrl("https://example.org/"));
        assertNotEquals(id, ArticleIds.fromUrl("https://example.com/"));
    }

    @Test
    void fileNameIsTheLastResort() {
        assertEquals("000_a5c48a036b68ea7d", ArticleIds.of(fields(null, null, "000_a5c48a036b68ea7d")));
        assertEquals("mein-Artikel", ArticleIds.of(fields(null, " ", "mein Artikel")));
    }

    @Test
    void longIdsAreCutWithAHash() {
        String id = ArticleIds.normalise("x".repeat(300));
        assertEquals(120, id.length());
        assertTrue(id.matches("x{107}-[0-9a-f]{12}"), id);
    }

    @Test
    void numericJsonIdIsTaken() {
        Path f = write(dir, "n.json", "{\"id\": 4711, \"text\": \"Text.\"}");
        assertEquals("4711", read(f).only().id());
    }

    @Test
    void duplicateIdIsOneFailureNamingBothInputs() {
        Path first = write(dir, "a/same.txt", "Erster.");
        Path second = write(dir, "b/same.txt", "Zweiter.");
        Path other = write(dir, "c.jsonl", "{\"id\": \"same\", \"text\": \"Dritter.\"}\n{\"id\": \"neu\", \"text\": \"V.\"}\n");
        Reading.Result r = read(first, second, other);
        assertEquals(List.of("same", "neu"), r.ids());
        assertEquals("Erster.", r.articles().get(0).text());
        assertEquals(2, r.failures().size());
        assertEquals(name(second), r.failures().get(0).input());
        assertEquals("duplicate id \"same\", already read from " + name(first), r.failures().get(0).reason());
        assertEquals(name(other) + ":1", r.failures().get(1).input());
        assertTrue(r.failures().get(1).reason().contains(name(first)), r.failures().get(1).reason());
        assertEquals(new ReadCounts(3, 2, 2, 0), r.counts());
    }

    @Test
    void idsAreFreshInEachRun() {
        Path f = write(dir, "a.txt", "Text.");
        ArticleReader reader = ArticleReader.builder().build();
        assertEquals(1, reader.readAll(List.of(f), a -> { }).articles());
        assertEquals(1, reader.readAll(List.of(f), a -> { }).articles());
    }
}
