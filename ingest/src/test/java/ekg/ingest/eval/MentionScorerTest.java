package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionScorerTest {
    private static final String A1 = "Clara Vogt besuchte Lindenau. Die Ministerin sprach im Rathaus von Lindenau Nord. "
            + "Vogt lobte den SPD-Chef. Am Montag kamen Karl Brandt und Karla Brandt.";
    private static final String A2 = "Vogt eröffnete in Lindenau eine Schule.";

    /** A gold mention of {@code form} where it first stands at or after {@code from}. */
    private static String m(String article, String text, String form, int from, String kind) {
        int b = text.indexOf(form, from);
        return String.format("{\"article\": \"%s\", \"span\": [%d, %d], \"kind\": \"%s\", \"text\": \"%s\"}",
                article, b, b + form.length(), kind, form);
    }

    private static String gold() {
        int later = A1.indexOf("Nord.");
        return "{\"articles\": [\"a1.txt\", \"a2.txt\"], \"entities\": ["
                + "{\"name\": \"Clara Vogt\", \"type\": \"Person\", \"mentions\": [" + m("a1.txt", A1, "Clara Vogt", 0, "name") + ", "
                + m("a1.txt", A1, "Ministerin", 0, "role") + ", " + m("a1.txt", A1, "Vogt", later, "name") + ", "
                + m("a2.txt", A2, "Vogt", 0, "name") + "]},"
                + "{\"name\": \"Lindenau\", \"type\": \"Place\", \"mentions\": [" + m("a1.txt", A1, "Lindenau", 0, "name") + ", "
                + m("a2.txt", A2, "Lindenau", 0, "name") + "]},"
                + "{\"name\": \"Lindenau Nord\", \"type\": \"Place\", \"mentions\": [" + m("a1.txt", A1, "Lindenau Nord", 0, "name") + "]},"
                + "{\"name\": \"Karl Brandt\", \"type\": \"Person\", \"mentions\": [" + m("a1.txt", A1, "Karl Brandt", 0, "name") + "]},"
                + "{\"name\": \"Karla Brandt\", \"type\": \"Person\", \"mentions\": [" + m("a1.txt", A1, "Karla Brandt", 0, "name") + "]},"
                + "{\"name\": \"Hanna Vogt\", \"type\": \"Person\", \"mentions\": [" + m("a2.txt", A2, "Schule", 0, "name") + "]}],"
                + "\"distinct\": [[\"Karl Brandt\", \"Karla Brandt\"], [\"Clara Vogt\", \"Hanna Vogt\"]]}";
    }

    private static MentionScore score() {
        int later = A1.indexOf("Nord.");
        FakeExtraction x = new FakeExtraction().text("a1.txt", A1).text("a2.txt", A2)
                .mention("a1.txt", "Clara Vogt", 0, "e:vogt", EntityType.PER)
                .mention("a1.txt", "Lindenau", 0, "e:lindenau", EntityType.LOC)
                // listed before the exact span and overlapping as much: the exact span must still win
                .mention("a1.txt", "von Lindenau Nord", 0, "e:lindenau", EntityType.LOC)
                .mention("a1.txt", "Lindenau Nord", 0, "e:nord", EntityType.LOC)
                .mention("a1.txt", "Vogt", later, "e:vogt", EntityType.PER)
                .mention("a1.txt", "SPD", 0, "e:spd", EntityType.ORG)
                .mention("a1.txt", "Montag", 0, "e:montag", EntityType.ORG)
                .mention("a1.txt", "Karl Brandt", 0, "e:brandt", EntityType.PER)
                .mention("a1.txt", "Karla Brandt", 0, "e:brandt", EntityType.PER)
                .mention("a1.txt", "Rathaus", 0, "e:rathaus", EntityType.OTH)
                .mention("a2.txt", "Vogt", 0, "e:vogt2", EntityType.PER)
                .mention("a2.txt", "Lindenau", 0, "e:lindenau", EntityType.LOC);
        return Evaluation.of(GoldFile.parse(gold()), x).mentions();
    }

    private static MentionScore.Recall recall(MentionScore s, String type, String kind) {
        return s.recall().stream().filter(r -> r.type().equals(type) && r.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aGoldMentionIsFoundWhenAMentionOfEkgOverlapsIt() {
        MentionScore s = score();
        assertEquals(new MentionScore.Recall("all", "all", 10, 8), recall(s, "all", "all"));
        assertEquals(new MentionScore.Recall("Person", "role", 1, 0), recall(s, "Person", "role"));
        assertEquals(new MentionScore.Recall("Place", "name", 3, 3), recall(s, "Place", "name"));
        assertEquals("all", s.recall().get(0).type());
    }

    @Test
    void groupingIsScoredPairwiseOverFoundMentionsWithTheExactSpanFirst() {
        MentionScore.Grouping all = score().grouping().get(0);
        // together in both: the two Vogt of a1, Lindenau in a1 and a2; only in ekg: the two Brandt;
        // only in gold: Vogt of a2 with each Vogt of a1. Had "von Lindenau Nord" won, two more would be only in ekg.
        assertEquals(new Pairwise(2, 1, 2), all.all());
        assertEquals(new Pairwise(1, 0, 2), all.across());
        assertEquals(4.0 / 7, all.all().f1(), 1e-12);
    }

    @Test
    void aDistinctPairIsMergedOnlyThroughMentionsEkgFound() {
        MentionScore s = score();
        assertEquals(1, s.distinctMerged());
        assertEquals(2, s.distinctPairs());
        assertTrue(s.cases().stream().anyMatch(c -> c.what().equals("distinct pair merged")
                && c.text().equals("Karl Brandt / Karla Brandt")), s.cases().toString());
    }

    @Test
    void precisionCountsNamesInsideHyphenatedCompoundsApart() {
        MentionScore s = score();
        assertEquals(new MentionScore.Precision("all", 9, 1, 1), s.precision().get(0));
        assertEquals(new MentionScore.Precision("Organization", 0, 1, 1), s.precision().get(2));
        assertEquals(new Ratio(9, 11), s.precision().get(0).withCompounds());
        assertEquals(List.of("SPD"), s.cases().stream().filter(c -> c.what().startsWith("not gold")).map(Case::text).toList());
    }

    @Test
    void splitAndMergedEntitiesAreListedToRead() {
        MentionScore s = score();
        assertTrue(s.cases().stream().anyMatch(c -> c.what().equals("split") && c.text().equals("Clara Vogt")));
        assertTrue(s.cases().stream().anyMatch(c -> c.what().equals("merged") && c.got().contains("Karl Brandt ×1")));
    }
}
