package ekg.graph.link;

import ekg.graph.link.EventClusters.Cluster;
import ekg.graph.link.EventMentions.Mention;
import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the clusters that hold mentions an article says are one event ({@code ekg:sameEventAs}): an
 * article names one event by a verb, a noun and an anaphor ("wurde festgenommen", "die Festnahme"),
 * which alone often carry too little to be linked. Clusters whose times contradict stay apart.
 */
final class ArticleEvents {
    private ArticleEvents() {
    }

    static List<Cluster> join(List<Cluster> clusters) {
        Map<Cluster, Cluster> parent = new HashMap<>();
        Map<Cluster, Cluster> joined = new LinkedHashMap<>();
        Map<Node, Cluster> byEvent = new HashMap<>();
        for (Cluster c : clusters) {
            parent.put(c, c);
            Cluster copy = new Cluster(joined.size());
            c.mentions.forEach(copy::add);
            joined.put(c, copy);
            for (Mention m : c.mentions) {
                Cluster other = byEvent.putIfAbsent(m.sameAs != null ? m.sameAs : m.node, c);
                if (other != null) union(parent, joined, other, c);
            }
        }
        List<Cluster> out = new ArrayList<>();
        joined.forEach((c, all) -> {
            if (parent.get(c) == c) out.add(all);
        });
        return out;
    }

    private static void union(Map<Cluster, Cluster> parent, Map<Cluster, Cluster> joined, Cluster a, Cluster b) {
        Cluster ra = root(parent, a);
        Cluster rb = root(parent, b);
        if (ra == rb) return;
        TimeRange ha = joined.get(ra).hull();
        TimeRange hb = joined.get(rb).hull();
        if (ha != null && hb != null && !ha.agrees(hb)) return;
        parent.put(rb, ra);
        joined.get(rb).mentions.forEach(joined.get(ra)::add);
    }

    private static Cluster root(Map<Cluster, Cluster> parent, Cluster c) {
        while (parent.get(c) != c) c = parent.get(c);
        return c;
    }
}
