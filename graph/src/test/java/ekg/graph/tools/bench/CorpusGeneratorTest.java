package ekg.graph.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<String> lines(Path corpus) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return all;
    }

    @Test
    void writesNArticlesAsValidJsonInFilesOfAThousand() throws IOException {
        int files = new CorpusWriter(new CorpusGenerator(KB, 1, 2500)).write(2500, dir);
        assertEquals(3, files);
        List<String> lines = lines(dir);
        assertEquals(2500, lines.size());
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode a = JSON.readTree(line);
            for (String field : new String[] {"id", "url", "title", "source", "published", "text"}) {
                assertTrue(a.hasNonNull(field), field + " missing in " + line);
            }
            assertTrue(a.get("published").asText().matches("\\d{4}-\\d{2}-\\d{2}"), line);
            assertFalse(a.get("text").asText().contains("{"), "unfilled slot in " + line);
            ids.add(a.get("id").asText());
        }
        assertEquals(2500, ids.size(), "ids are unique");
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() throws IOException {
        new CorpusWriter(new CorpusGenerator(KB, 5, 50)).write(50, dir.resolve("a"));
        new CorpusWriter(new CorpusGenerator(KB, 5, 50)).write(50, dir.resolve("b"));
        new CorpusWriter(new CorpusGenerator(KB, 6, 50)).write(50, dir.resolve("c"));
        assertEquals(lines(dir.resolve("a")), lines(dir.resolve("b")));
        assertNotEquals(lines(dir.resolve("a")), lines(dir.resolve("c")));
    }

    @Test
    void articlesVaryInTextPeopleAndDatesAndSeveralOutletsReportAStory() {
        CorpusGenerator g = new CorpusGenerator(KB, 3, 400);
        Set<String> texts = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> dates = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        int quoting = 0;
        for (int i = 0; i < 400; i++) {
            CorpusGenerator.GeneratedArticle a = g.article(i);
            texts.add(a.text());
            titles.add(a.title());
            dates.add(a.published());
            outlets.add(a.source());
            if (a.text().contains("\"")) quoting++;
        }
        assertEquals(400, texts.size(), "no two articles alike");
        assertTrue(titles.size() > 50 && titles.size() < 400, "stories are shared by articles: " + titles.size());
        assertTrue(dates.size() > 50, "dates spread: " + dates.size());
        assertTrue(quoting > 300, "most articles quote someone: " + quoting);
        assertTrue(outlets.size() > 3, "several outlets: " + outlets);
    }
}
