package ekg.graph.link;

import ekg.graph.link.EventClusters.Cluster;
import ekg.graph.link.EventMentions.Mention;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which clusters with equal keys are one node: not two that hold events one article tells apart. */
class EventNodesTest {
    private final List<Cluster> clusters = new ArrayList<>();

    private void cluster(String article, int at) {
        Mention m = new Mention(NodeFactory.createURI("https://ekg.dev/id/event-mention/" + article + "#char=" + at + "," + (at + 5)), article);
        m.type = "Election";
        m.actors.add("partei-alpha");
        m.time = "2024-03";
        Cluster c = new Cluster(clusters.size());
        c.add(m);
        clusters.add(c);
    }

    @Test
    void twoRoundsOneArticleKeepsApartAreTwoNodes() {
        cluster("a", 10);
        cluster("a", 90);
        Map<String, EventNodes.Group> nodes = EventNodes.of(clusters);
        assertEquals(2, nodes.size(), nodes.keySet().toString());
    }

    @Test
    void anotherArticlesReportOfTheSameKeyJoinsOneOfThem() {
        cluster("a", 10);
        cluster("a", 90);
        cluster("b", 40);
        Map<String, EventNodes.Group> nodes = EventNodes.of(clusters);
        assertEquals(2, nodes.size(), nodes.keySet().toString());
        assertEquals(List.of(2, 1), nodes.values().stream().map(g -> g.mentions.size()).sorted(java.util.Comparator.reverseOrder()).toList());
    }
}
