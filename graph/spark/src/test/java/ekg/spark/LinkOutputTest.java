package ekg.spark;

import ekg.graph.rdf.Iris;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking output beyond what is kept in memory comes back whole and in order from its temporary file. */
class LinkOutputTest {
    private static List<String> roundTrip(int n) {
        LinkOutput out = new LinkOutput(Iris.DEFAULT);
        for (int i = 0; i < n; i++) {
            out.triple(Triple.create(NodeFactory.createURI("https://example.org/e" + i),
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("Zeile\t" + i)));
        }
        List<String> lines = new ArrayList<>();
        out.lines().forEachRemaining(lines::add);
        return lines;
    }

    @Test
    void aFewLinesAndManyLinesComeBackAlikeAndInOrder() {
        for (int n : new int[]{3, 120_000}) {
            List<String> lines = roundTrip(n);
            assertEquals(n, lines.size());
            for (int i : new int[]{0, n / 2, n - 1}) {
                assertTrue(lines.get(i).startsWith("<https://example.org/e" + i + "> "), lines.get(i));
                assertTrue(lines.get(i).contains("Zeile\\t" + i + "\""), lines.get(i));
                assertTrue(lines.get(i).endsWith(" <" + Iris.DEFAULT.linkingGraph().getURI() + "> ."), lines.get(i));
            }
        }
    }

    @Test
    void noLinesIsAnEmptyIterator() {
        Iterator<String> it = new LinkOutput(Iris.DEFAULT).lines();
        assertTrue(!it.hasNext());
    }
}
