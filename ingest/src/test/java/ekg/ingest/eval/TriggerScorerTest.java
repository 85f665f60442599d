package ekg.ingest.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerScorerTest {
    private static final String A = "Nach der Wahl wurde Clara Vogt zur Bürgermeisterin gewählt. Die Festnahme eines Mannes "
            + "folgte am Abend, nach einem Unfall auf der Brücke. Ein Treffen mit dem Stadtrat ist geplant. Sie erklärte das.";

    private static String trigger(String word) {
        int b = A.indexOf(word);
        return String.format("{\"span\": [%d, %d], \"text\": \"%s\"}", b, b + word.length(), word);
    }

    private static final String EVENTS = "{\"articles\": [\"a.txt\"], \"events\": ["
            + "{\"article\": \"a.txt\", \"type\": \"Election\", \"planned\": false, \"triggers\": [" + trigger("Wahl") + ", "
            + trigger("gewählt") + "], \"actors\": [\"Clara Vogt\", \"EU\"], \"place\": null, \"time\": null},"
            + "{\"article\": \"a.txt\", \"type\": \"Arrest\", \"planned\": false, \"triggers\": [" + trigger("Festnahme")
            + "], \"actors\": [\"Polizei Lindenau\"], \"place\": null, \"time\": null},"
            + "{\"article\": \"a.txt\", \"type\": \"Disaster\", \"planned\": false, \"triggers\": [" + trigger("Unfall")
            + "], \"actors\": [], \"place\": null, \"time\": null}]}";

    private static TriggerScore score() {
        FakeExtraction x = new FakeExtraction().text("a.txt", A)
                .trigger("a.txt", "Wahl", "Election", "ev:1", "Clara Vogt", "Vogt")
                .trigger("a.txt", "gewählt", "StartPosition", "ev:1")
                .trigger("a.txt", "Festnahme", "Attack", "ev:1")
                .trigger("a.txt", "Unfall", "Accident", null)
                .trigger("a.txt", "Treffen", "Meeting", "ev:2")
                .trigger("a.txt", "erklärte", "Statement", null);
        return Evaluation.of(GoldFile.parse(EVENTS), x).eventMentions();
    }

    @Test
    void foundTypedWithTheAliasesAndActorsByCapitalisedWords() {
        TriggerScore.Gold all = score().gold().get(0);
        // Accident counts as Disaster; Attack is no Arrest; "EU" has no word the reference compares, so it is never recalled.
        assertEquals(new TriggerScore.Gold("all", 3, 3, 2, 3, 1), all);
        assertTrue(score().gold().contains(new TriggerScore.Gold("Arrest", 1, 1, 0, 1, 0)));
    }

    @Test
    void precisionLeavesStatementsOut() {
        TriggerScore.Extracted all = score().extracted().get(0);
        assertEquals(new TriggerScore.Extracted("all", 5, 1), all);
        assertEquals(new Ratio(4, 5), all.precision());
    }

    @Test
    void coreferenceIsPairwiseOverFoundTriggersWithinTheArticle() {
        // Wahl and gewählt in one node (right); the arrest joined that node too (two wrong pairs); the accident alone.
        assertEquals(new Pairwise(1, 2, 0), score().coreference());
    }

    @Test
    void anEventsFileJoinsAGoldFileWithoutEvents(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path events = Files.writeString(dir.resolve("events.json"), EVENTS);
        GoldFile gold = GoldFile.parse("{\"quotes\": []}").withEvents(GoldFile.read(events));
        assertNull(gold.events());
        assertEquals(3, gold.dev().events().size());
        assertEquals(3, Evaluation.of(gold, new FakeExtraction().text("a.txt", A)).eventMentions().gold().get(0).total());
    }
}
