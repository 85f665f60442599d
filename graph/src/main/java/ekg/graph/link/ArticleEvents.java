package ekg.graph.link;

import ekg.graph.link.EventClusters.Cluster;
import ekg.graph.link.EventMentions.Mention;
import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's events as the units of linking. The article says which of its mentions report one event
 * ({@code ekg:sameEventAs}: "wurde festgenommen", "die Festnahme") and so also which are two: two rounds
 * of an election, two attacks by one army. Each of its events is linked whole, as one report with the
 * actors and places of all its mentions and the time most of them give, so an article's unlike events
 * never meet in one node through an actor they share, and mentions that alone carry too little (an
 * undated "der Besuch") go where their event goes.
 */
final class ArticleEvents {
    /** Each unit and the mentions it stands for, in the order of the mentions read. */
    private final Map<Mention, List<Mention>> members = new IdentityHashMap<>();
    private final List<Mention> units = new ArrayList<>();

    ArticleEvents(List<Mention> mentions) {
        Map<Node, Mention> byEvent = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Node first = m.sameAs != null ? m.sameAs : m.node;
            Mention unit = byEvent.computeIfAbsent(first, n -> {
                Mention u = new Mention(n, m.article);
                u.type = m.type;
                units.add(u);
                members.put(u, new ArrayList<>());
                return u;
            });
            members.get(unit).add(m);
            unit.actors.addAll(m.actors);
            unit.places.addAll(m.places);
        }
        units.forEach(this::retime);
    }

    /** Every unit, one per event of an article. */
    List<Mention> units() {
        return units;
    }

    /** The unit's first mention: the units are in the order of their first mentions. */
    Mention first(Mention unit) {
        return members.get(unit).get(0);
    }

    /** Gives the unit the time its mentions give now (after some were dated by their article's inferred date). */
    void retime(Mention unit) {
        Cluster c = new Cluster(0);
        members.get(unit).forEach(c::add);
        unit.time = EventLinker.time(c);
    }

    /** The clusters of units as clusters of the mentions they stand for. */
    List<Cluster> mentions(List<Cluster> clusters) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            Cluster whole = new Cluster(out.size());
            c.mentions.forEach(u -> members.get(u).forEach(whole::add));
            out.add(whole);
        }
        return out;
    }
}
