package ekg.ingest.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's own knowledge base files: added after the built-in ones, overriding by key, errors named by file and line. */
class KnowledgeBaseFilesTest {
    @TempDir
    Path dir;

    @Test
    void aUserFileAddsEntries() throws IOException {
        Path file = write("mine.jsonl", "# my entries",
                "{\"key\":\"anna-berger\",\"type\":\"PER\",\"name\":\"Anna Berger\",\"aliases\":[\"Berger\"],"
                        + "\"roles\":[{\"role\":\"Sprecherin\",\"of\":\"nato\",\"from\":\"2023-01\",\"to\":null}],"
                        + "\"source\":\"my notes\"}");
        KnowledgeBase kb = KnowledgeBase.load(List.of(file));
        assertEquals("anna-berger", kb.byName("berger").get(0).key());
        assertEquals(KnowledgeBase.builtIn().entries().size() + 1, kb.entries().size());
    }

    @Test
    void aUserFileOverridesABuiltInEntry() throws IOException {
        assertTrue(KnowledgeBase.builtIn().get("jens-stoltenberg").names().contains("Stoltenberg"));
        Path file = write("fix.jsonl",
                "{\"key\":\"jens-stoltenberg\",\"type\":\"PER\",\"name\":\"Jens Stoltenberg\","
                        + "\"aliases\":[\"J. Stoltenberg\"],\"source\":\"corrected by hand\"}");
        KnowledgeBase kb = KnowledgeBase.load(List.of(file));
        KbEntry e = kb.get("jens-stoltenberg");
        assertEquals("corrected by hand", e.source());
        assertNull(e.wikidata(), "the whole entry is replaced, not merged");
        assertEquals("jens-stoltenberg", kb.byName("J. Stoltenberg").get(0).key());
        assertTrue(kb.byName("Stoltenberg").isEmpty(), "the built-in aliases went with the built-in entry");
        assertEquals(KnowledgeBase.builtIn().entries().size(), kb.entries().size());
    }

    @Test
    void aPhraseMayNameAnEntryOnlyIfSomeNameEndsInItsLastWord() throws IOException {
        Path file = write("far.jsonl", "{\"key\":\"ferner-osten\",\"type\":\"LOC\",\"name\":\"Ferner Osten\",\"source\":\"t\"}");
        KnowledgeBase kb = KnowledgeBase.load(List.of(file));
        assertTrue(kb.mayName("Fernen  Osten "), "another form of the first word, other white space");
        assertTrue(kb.mayName("OSTEN"));
        assertFalse(kb.mayName("Fernen Ostens"), "no name ends in the genitive");
        assertFalse(kb.mayName("Ferner Quaxland"));
    }

    @Test
    void aPhraseMayOpenANameOnlyWithTheFirstWordOfOne() throws IOException {
        Path file = write("near.jsonl", "{\"key\":\"naher-osten\",\"type\":\"LOC\",\"name\":\"Naher Osten\",\"source\":\"t\"}");
        KnowledgeBase kb = KnowledgeBase.load(List.of(file));
        assertTrue(kb.mayOpenName("NAHER"));
        assertFalse(kb.mayOpenName("Nahen"), "another form of the first word is asked as itself");
        assertFalse(kb.mayOpenName("Osten"), "the last word of a name of two opens none");
    }

    @Test
    void theFingerprintDependsOnTheEntriesAlone() throws IOException {
        Path file = write("same.jsonl", "{\"key\":\"x-land\",\"type\":\"LOC\",\"name\":\"X-Land\",\"source\":\"a\"}");
        Path other = write("other.jsonl", "{\"key\":\"x-land\",\"type\":\"LOC\",\"name\":\"X-Land\",\"source\":\"b\"}");
        assertEquals(KnowledgeBase.load(List.of(file)).fingerprint(), KnowledgeBase.load(List.of(file)).fingerprint(),
                "loaded twice, as by two runs of ekg, the same entries give the same fingerprint");
        assertNotEquals(KnowledgeBase.load(List.of(file)).fingerprint(), KnowledgeBase.load(List.of(other)).fingerprint());
    }

    @Test
    void aLaterUserFileWins() throws IOException {
        Path first = write("a.jsonl", "{\"key\":\"x-land\",\"type\":\"LOC\",\"name\":\"X-Land\",\"source\":\"a\"}");
        Path second = write("b.jsonl", "{\"key\":\"x-land\",\"type\":\"LOC\",\"name\":\"X-Land\",\"source\":\"b\"}");
        assertEquals("b", KnowledgeBase.load(List.of(first, second)).get("x-land").source());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() throws IOException {
        Path file = write("broken.jsonl", "# comment",
                "{\"key\":\"ok\",\"type\":\"ORG\",\"name\":\"Ok\"}",
                "{\"key\":\"bad\",\"type\":\"ORG\",\"name\":\"Bad\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":3: bad knowledge base entry"), e.getMessage());
    }

    @Test
    void aMissingFieldOrBadValueIsReportedWithFileAndLine() throws IOException {
        Path noName = write("noname.jsonl", "{\"key\":\"n\",\"type\":\"ORG\"}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(noName)))
                .getMessage().startsWith(noName + ":1:"));
        Path badType = write("badtype.jsonl", "{\"key\":\"t\",\"type\":\"PLANET\",\"name\":\"T\"}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(badType)))
                .getMessage().startsWith(badType + ":1:"));
        Path badQ = write("badq.jsonl", "{\"key\":\"q\",\"type\":\"ORG\",\"name\":\"Q\",\"wikidata\":\"7184\"}");
        String message = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(badQ))).getMessage();
        assertTrue(message.startsWith(badQ + ":1:") && message.contains("not a Q-number"), message);
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }
}
