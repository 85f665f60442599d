package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's knowledge base file reaches the gazetteer, so its names are found without the model. */
class UserKnowledgeBaseNamesTest {

    @Test
    void theShippedListsWithAUsersKnowledgeBaseFindItsNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.jsonl");
        Files.writeString(file, "{\"key\":\"zwirbelquast\",\"type\":\"ORG\",\"name\":\"Zwirbelquast\"}\n",
                StandardCharsets.UTF_8);
        Doc doc = NameDocs.doc("Gestern meldete Zwirbelquast einen Gewinn .");
        List<String> plain = NameDocs.shown(new GazetteerStage(NameLists.builtIn()).process(doc));
        List<String> mine = NameDocs.shown(new GazetteerStage(NameLists.builtIn(KnowledgeBase.load(List.of(file))))
                .process(doc));
        assertFalse(plain.stream().anyMatch(s -> s.contains("Zwirbelquast")), plain::toString);
        assertTrue(mine.stream().anyMatch(s -> s.contains("Zwirbelquast") && s.contains("ORG")), mine::toString);
    }

    @Test
    void theBuiltInKnowledgeBaseGivesTheSharedLists() {
        assertSame(NameLists.builtIn(), NameLists.builtIn(KnowledgeBase.builtIn()));
    }
}
