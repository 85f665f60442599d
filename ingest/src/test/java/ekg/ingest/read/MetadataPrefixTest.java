package ekg.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static ekg.ingest.read.Reading.name;
import static ekg.ingest.read.Reading.read;
import static ekg.ingest.read.Reading.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataPrefixTest {
    @TempDir
    Path dir;

    private static Fields parse(String content) {
        return MetadataPrefix.parse(content, "f");
    }

    @Test
    void dateOnTheSameLineAsTheText() {
        Fields f = parse(" date 2024-06 Kremlchef Wladimir Putin ist eingetroffen.\n\nMehr.");
        assertEquals("2024-06", f.published());
        assertEquals("Kremlchef Wladimir Putin ist eingetroffen.\n\nMehr.", f.text());
    }

    @Test
    void dateOnItsOwnLine() {
        Fields f = parse("date 2024-06-18\nKremlchef Wladimir Putin ist eingetroffen.");
        assertEquals("2024-06-18", f.published());
        assertEquals("Kremlchef Wladimir Putin ist eingetroffen.", f.text());
    }

    @Test
    void yearAlone() {
        assertEquals("2024", parse("date 2024 Text.").published());
    }

    @Test
    void severalKeysOnTheirOwnLines() {
        Fields f = parse("""
                url https://example.org/politik/putin-100.html
                published 2024-06-19
                source Tagesblatt Online
                title "Putin in Nordkorea"
                language de
                Der Text beginnt hier.""");
        assertEquals("https://example.org/politik/putin-100.html", f.url());
        assertEquals("2024-06-19", f.published());
        assertEquals("Tagesblatt Online", f.publisher());
        assertEquals("Putin in Nordkorea", f.title());
        assertEquals("de", f.language());
        assertEquals("Der Text beginnt hier.", f.text());
    }

    @Test
    void quotedTitleSharesTheLineWithTheText() {
        Fields f = parse("title „Besuch in Pjöngjang“ Putin ist angekommen.");
        assertEquals("Besuch in Pjöngjang", f.title());
        assertEquals("Putin ist angekommen.", f.text());
    }

    @Test
    void capitalisedKeyWithColon() {
        Fields f = parse("Date: 2024-06-18\nTitle: Putin in Nordkorea\n\nDer Text.");
        assertEquals("2024-06-18", f.published());
        assertEquals("Putin in Nordkorea", f.title());
        assertEquals("Der Text.", f.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Date 2024 war ein gutes Jahr für Dattelbauern.",
            "Datenschutz ist wichtig.",
            "date night 2024 war ein Erfolg.",
            "date 2024-13 ist kein Monat.",
            "date 2024-02-30 ist kein Tag.",
            "date 20240618 ist keine ISO-Form.",
            "Title und Untertitel fehlen.",
            "Sources say the talks failed.",
            "url ist kein Link.",
            "language matters, says the minister."
    })
    void ordinaryTextIsNeverEaten(String text) {
        Fields f = parse(text);
        assertEquals(text, f.text());
        assertNull(f.published());
        assertNull(f.title());
        assertNull(f.url());
        assertNull(f.language());
    }

    @Test
    void prefixStopsAtTheFirstNonEntry() {
        Fields f = parse("date 2024-06 Datum 2025 und mehr.");
        assertEquals("2024-06", f.published());
        assertEquals("Datum 2025 und mehr.", f.text());
    }

    @Test
    void repeatedKeyEndsThePrefix() {
        Fields f = parse("date 2024 date 2025 Text.");
        assertEquals("2024", f.published());
        assertEquals("date 2025 Text.", f.text());
    }

    @Test
    void longUnquotedTitleIsText() {
        String line = "title " + "Wort ".repeat(60);
        Fields f = parse(line + "\nRest.");
        assertNull(f.title());
        assertTrue(f.text().startsWith("title Wort"));
    }

    @Test
    void prefixWithoutTextIsAFailure() {
        Path bare = write(dir, "bare.txt", " date 2024-06 \n");
        Path good = write(dir, "good.txt", "Gut.");
        Reading.Result r = read(bare, good);
        assertEquals(name(bare), r.onlyFailure().input());
        assertEquals("no article text after the metadata prefix", r.onlyFailure().reason());
        assertEquals("good", r.only().id());
    }

    @Test
    void prefixUrlGivesTheId() {
        Path f = write(dir, "x.txt", "url https://example.org/a/putin-reist.html\nText.");
        Article a = read(f).only();
        assertEquals("putin-reist", a.id());
        assertEquals("https://example.org/a/putin-reist.html", a.metadata().url().orElseThrow());
    }
}
