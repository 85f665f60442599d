package ekg.graph.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indexed clustering must group exactly as comparing every report with every cluster does. */
class UtteranceClustersTest {
    private static final String[] WORDS = {"die", "lage", "ist", "ernst", "wir", "sind", "da", "sicherheit", "europa",
            "partner", "bleibt", "gemeinsam", "stark", "und", "es", "frieden", "verhandlungen", "zeigen", "wege"};

    private static Report report(int i, String text) {
        Node n = NodeFactory.createURI("http://example.org/q" + i);
        return new Report(n, NodeFactory.createURI("http://example.org/a" + i % 7), NodeFactory.createURI("http://example.org/s"),
                text, Utterances.normal(text), i % 3 == 0, i);
    }

    private static List<List<Report>> everyPair(List<Report> reports) {
        List<List<Report>> clusters = new ArrayList<>();
        for (Report r : reports) {
            List<Report> home = clusters.stream()
                    .filter(c -> c.stream().anyMatch(o -> Utterances.same(o.normal(), r.normal())))
                    .findFirst().orElse(null);
            if (home == null) clusters.add(home = new ArrayList<>());
            home.add(r);
        }
        return clusters;
    }

    @Test
    void groupsAsComparingEveryPairDoes() {
        Random random = new Random(11);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int n = 2 + random.nextInt(8);
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < n; w++) b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            reports.add(report(i, b.toString()));
        }
        List<List<Report>> expected = everyPair(reports);
        assertEquals(expected, UtteranceClusters.of(reports));
        assertTrue(expected.stream().anyMatch(c -> c.size() > 1), "some reports are one utterance");
        assertTrue(expected.size() > 10, "and many are not: " + expected.size());
    }

    @Test
    void aQuoteWithoutContentWordsStillJoinsTheQuoteContainingIt() {
        List<Report> reports = List.of(report(1, "Wir sind da und bleiben es"), report(2, "wir sind da"),
                report(3, "Frieden in Europa"));
        assertEquals(List.of(List.of(reports.get(0), reports.get(1)), List.of(reports.get(2))), UtteranceClusters.of(reports));
    }
}
