package ekg.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static ekg.ingest.read.Reading.name;
import static ekg.ingest.read.Reading.read;
import static ekg.ingest.read.Reading.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTextFile() {
        Path f = write(dir, "000_abc.txt", "\n  Putin reist nach Nordkorea.\n\nZweiter Absatz.  \n");
        Article a = read(f).only();
        assertEquals("000_abc", a.id());
        assertEquals("Putin reist nach Nordkorea.\n\nZweiter Absatz.", a.text());
        assertEquals(name(f), a.metadata().source());
        assertTrue(a.metadata().published().isEmpty());
        assertEquals("de", a.metadata().language());
    }

    @Test
    void readsSeedArticleByRelativePathWithItsDatePrefix() {
        Path seed = Path.of("../seeds/001_a4d103c2493e7a8e.txt");
        Article a = read(seed).only();
        assertEquals("001_a4d103c2493e7a8e", a.id());
        assertEquals("../seeds/001_a4d103c2493e7a8e.txt", a.metadata().source());
        assertEquals("2024-06", a.metadata().published().orElseThrow());
        assertTrue(a.text().startsWith("Kremlchef Wladimir Putin ist zu seinem Besuch"), a.text());
    }

    @Test
    void readsJsonFileWithAllFields() {
        Path f = write(dir, "one.json", """
                {"id": "tages-42", "url": "https://example.org/a/b.html", "title": "Putin in Pjöngjang",
                 "source": "Tagesblatt", "published": "2024-06-19", "language": "de",
                 "text": "  Der Kremlchef ist angekommen.  ", "extra": [1, 2]}
                """);
        Article a = read(f).only();
        assertEquals("tages-42", a.id());
        assertEquals("Der Kremlchef ist angekommen.", a.text());
        assertEquals(name(f), a.metadata().source());
        assertEquals("https://example.org/a/b.html", a.metadata().url().orElseThrow());
        assertEquals("Putin in Pjöngjang", a.metadata().title().orElseThrow());
        assertEquals("Tagesblatt", a.metadata().publisher().orElseThrow());
        assertEquals("2024-06-19", a.metadata().published().orElseThrow());
    }

    @Test
    void jsonTimestampIsReducedToItsDate() {
        Path f = write(dir, "t.json", "{\"published\": \"2024-06-19T08:15:00+02:00\", \"text\": \"Text.\"}");
        assertEquals("2024-06-19", read(f).only().metadata().published().orElseThrow());
    }

    @Test
    void readsJsonLinesSkippingBlankLines() {
        Path f = write(dir, "feed.jsonl", """
                {"id": "a", "text": "Erster."}

                {"url": "https://example.org/politik/zweiter-artikel-100.html", "text": "Zweiter."}
                \r
                {"text": "Dritter.", "language": "en"}
                """);
        Reading.Result r = read(f);
        assertEquals(List.of("a", "zweiter-artikel-100", "feed-L5"), r.ids());
        assertEquals(List.of(name(f) + ":1", name(f) + ":3", name(f) + ":5"), r.sources());
        assertEquals(List.of("Erster.", "Zweiter.", "Dritter."), r.articles().stream().map(Article::text).toList());
        assertEquals("en", r.articles().get(2).metadata().language());
        assertEquals(new ReadCounts(1, 3, 0, 0), r.counts());
    }

    @Test
    void walksFoldersRecursivelyInSortedOrder() {
        write(dir, "b/2.txt", "Zwei.");
        write(dir, "a.txt", "Eins.");
        write(dir, "b/1.json", "{\"text\": \"B eins.\"}");
        write(dir, "b/c/deep.jsonl", "{\"text\": \"Tief.\"}\n");
        write(dir, "c.txt", "Drei.");
        write(dir, "notes.md", "not an article");
        write(dir, "b/c/image.png", new byte[] {1, 2, 3});
        write(dir, ".hidden/x.txt", "Versteckt.");
        write(dir, "b/.draft.txt", "Entwurf.");
        Reading.Result r = read(dir);
        String d = name(dir);
        assertEquals(List.of(d + "/a.txt", d + "/b/1.json", d + "/b/2.txt", d + "/b/c/deep.jsonl:1", d + "/c.txt"),
                r.sources());
        assertEquals(List.of("a", "1", "2", "deep-L1", "c"), r.ids());
        assertEquals(new ReadCounts(5, 5, 0, 3), r.counts());
        assertEquals(r.ids(), read(dir).ids(), "a second run reads in the same order");
    }

    @Test
    void argumentsAreReadInTheOrderGiven() {
        Path z = write(dir, "z.txt", "Zett.");
        Path a = write(dir, "a.txt", "A.");
        assertEquals(List.of("z", "a"), read(z, a).ids());
    }

    @Test
    void readsLazilyFileByFile() throws Exception {
        Path a = write(dir, "a.txt", "A.");
        Path b = write(dir, "b.txt", "B.");
        List<Reading.Failure> failures = new java.util.ArrayList<>();
        ArticleReader reader = ArticleReader.builder()
                .failureHandler((input, reason, cause) -> failures.add(new Reading.Failure(input, reason, cause)))
                .build();
        try (ArticleBatch batch = reader.open(List.of(a, b))) {
            assertEquals("a", batch.next().id());
            Files.delete(b);
            assertFalse(batch.hasNext());
            assertEquals(new ReadCounts(1, 1, 1, 0), batch.counts());
        }
        assertEquals(name(b), failures.get(0).input());
        assertEquals("file not found", failures.get(0).reason());
    }

    @Test
    void closingEndsTheRun() {
        Path a = write(dir, "a.txt", "A.");
        Path b = write(dir, "b.jsonl", "{\"text\": \"B1.\"}\n{\"text\": \"B2.\"}\n");
        ArticleBatch batch = ArticleReader.builder().build().open(List.of(b, a));
        assertEquals("B1.", batch.next().text());
        batch.close();
        assertFalse(batch.hasNext());
        assertEquals(new ReadCounts(1, 1, 0, 0), batch.counts());
    }

    @Test
    void streamGivesTheSameArticles() {
        write(dir, "x/1.txt", "Eins.");
        write(dir, "x/2.txt", "Zwei.");
        ArticleReader reader = ArticleReader.builder().build();
        try (ArticleBatch batch = reader.open(List.of(dir.resolve("x")));
             Stream<Article> s = batch.stream()) {
            assertEquals(List.of("Eins.", "Zwei."), s.map(Article::text).toList());
            assertEquals(2, batch.counts().articles());
        }
    }

    @Test
    void defaultHandlerFailsFast() {
        ArticleReader reader = ArticleReader.builder().build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> reader.readAll(List.of(dir.resolve("missing.txt")), a -> { }));
        assertTrue(e.getMessage().contains("missing.txt: file not found"), e.getMessage());
    }

    @Test
    void contentHashIsStableAndFollowsTheText() {
        Path f = write(dir, "h.txt", " date 2024-06 Ein Text.");
        String first = read(f).only().contentHash();
        assertEquals(first, read(f).only().contentHash());
        assertEquals(64, first.length());
        write(dir, "h.txt", " date 2024-06 Ein anderer Text.");
        assertNotEquals(first, read(f).only().contentHash());
        write(dir, "h.txt", " date 2024-07 Ein Text.");
        assertNotEquals(first, read(f).only().contentHash(), "the date is part of the content");
    }

    @Test
    void sameContentInAnotherFileHasTheSameHash() {
        Path a = write(dir, "a.txt", "Gleicher Text.");
        Path b = write(dir, "b.json", "{\"text\": \"Gleicher Text.\"}");
        Reading.Result r = read(a, b);
        assertEquals(r.articles().get(0).contentHash(), r.articles().get(1).contentHash());
    }

    @Test
    void rejectsBadLimit() {
        assertThrows(IllegalArgumentException.class, () -> ArticleReader.builder().maxBytes(0));
    }
}
