package ekg.ingest.event;

import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The teams of a match take part in what happens in it: a report names the teams once ("Nordstadt
 * gewann gegen Südheim 2:1") and then the players ("Den zweiten Treffer erzielte Max Alpha", "Der
 * eingewechselte Beta traf"), so a sport mention that names no team takes the teams of the latest
 * match before it.
 */
final class Matches {
    private Matches() {
    }

    /** Gives each sport mention without a team the teams of the latest earlier match mention that has them. */
    static void shareTeams(DocView v, List<Draft> drafts) {
        Map<String, EntityType> types = new HashMap<>();
        for (Entity e : v.doc.entities()) types.put(e.key(), e.type());
        List<String> teams = List.of();
        for (Draft d : drafts) {
            if (!d.type().equals("Sport")) continue;
            List<String> own = teams(d, types);
            if (!own.isEmpty() && !Apart.moment(d)) teams = own;
            else if (own.isEmpty()) teams.stream().filter(t -> !d.args.places.contains(t)).forEach(d.args.actors::add);
        }
    }

    /** The actors of a mention that may be teams: organizations, and places standing for their national teams. */
    private static List<String> teams(Draft d, Map<String, EntityType> types) {
        List<String> out = new ArrayList<>();
        for (String a : d.args.actors) {
            if (types.getOrDefault(a, EntityType.LOC) != EntityType.PER) out.add(a);
        }
        return out;
    }
}
