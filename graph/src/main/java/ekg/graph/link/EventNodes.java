package ekg.graph.link;

import ekg.graph.link.EventClusters.Cluster;
import ekg.graph.link.EventMentions.Mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which clusters are one node of the graph, and its key. Clusters that the linker keeps apart but that
 * agree on type, actors, places and time get the same key, so they are one node: their reports are
 * written, and counted, together. Two clusters that hold events of one article keep a node each: the
 * article told them apart (two rounds of one election, two attacks by one army). Keys hash type, actors,
 * places and time, so rebuilds keep them.
 */
final class EventNodes {

    /** Clusters written as one node: their reports, its time, and the articles these come from. */
    static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final String time;
        private final Set<String> articles = new TreeSet<>();

        private Group(String time) {
            this.time = time;
        }

        private void add(Cluster c) {
            mentions.addAll(c.mentions);
            c.mentions.forEach(m -> articles.add(m.article));
        }

        private void add(Group g) {
            mentions.addAll(g.mentions);
            articles.addAll(g.articles);
        }

        /** Whether the two hold events of one article, which that article told apart. */
        private boolean apartFrom(Group g) {
            return !Collections.disjoint(articles, g.articles);
        }

        private String firstMention() {
            return mentions.stream().map(m -> m.node.getURI()).min(String::compareTo).orElse("");
        }
    }

    private EventNodes() {
    }

    /** The nodes of these clusters by key, in the order of their first cluster. */
    static Map<String, Group> of(List<Cluster> clusters) {
        Map<String, List<Group>> byKey = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            String type = c.mentions.get(0).type;
            String time = EventLinker.time(c);
            TreeSet<String> actors = EventLinker.union(c.mentions, m -> m.actors);
            // Without actors nothing but a place and a time tells two happenings apart ("ein Mann wurde
            // verletzt" in two sentences), so a cluster without actors keeps a node of its own.
            String own = actors.isEmpty() ? c.mentions.stream().map(m -> m.node.getURI()).min(String::compareTo).orElse("") : "";
            List<Group> groups = byKey.computeIfAbsent(key(type, actors, EventLinker.union(c.mentions, m -> m.places),
                    time + own), k -> new ArrayList<>());
            Group joined = new Group(time);
            joined.add(c);
            for (Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
                Group g = it.next();
                if (g.apartFrom(joined)) continue;
                it.remove();
                joined.add(g);
            }
            groups.add(joined);
        }
        Map<String, Group> out = new LinkedHashMap<>();
        // A key that is one node stays as it was; an article's events kept apart under one key are told
        // by their first mention, which a rebuild keeps too.
        byKey.forEach((key, groups) -> groups.forEach(g ->
                out.put(groups.size() == 1 ? key : key + "-" + EventLinker.digest(g.firstMention()).substring(0, 8), g)));
        return out;
    }

    private static String key(String type, TreeSet<String> actors, TreeSet<String> places, String time) {
        return type.toLowerCase(Locale.ROOT) + "-"
                + EventLinker.digest(type + "|" + String.join(",", actors) + "|" + String.join(",", places) + "|" + time);
    }
}
