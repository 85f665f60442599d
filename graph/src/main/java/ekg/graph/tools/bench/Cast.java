package ekg.graph.tools.bench;

import ekg.ingest.doc.EntityType;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names the corpus generator draws from: people, cities and regions, countries and organizations of
 * the knowledge base, in key order so that a seed always yields the same corpus.
 */
record Cast(List<KbEntry> people, List<KbEntry> places, List<KbEntry> countries, List<KbEntry> organizations) {

    Cast {
        if (people.size() < 2 || places.isEmpty() || countries.isEmpty() || organizations.isEmpty()) {
            throw new IllegalArgumentException("the knowledge base needs at least two people, a place, a country"
                    + " and an organization to generate articles from");
        }
    }

    static Cast of(KnowledgeBase kb) {
        List<KbEntry> people = new ArrayList<>();
        List<KbEntry> places = new ArrayList<>();
        List<KbEntry> countries = new ArrayList<>();
        List<KbEntry> orgs = new ArrayList<>();
        kb.entries().stream().sorted(Comparator.comparing(KbEntry::key)).forEach(e -> {
            if (e.type() == EntityType.PER && e.name().contains(" ")) people.add(e);
            else if (e.type() == EntityType.ORG && !e.name().matches("(Der|Die|Das) .*")) orgs.add(e);
            else if (e.type() == EntityType.LOC && "country".equals(e.kind())) countries.add(e);
            else if (e.type() == EntityType.LOC) places.add(e);
        });
        return new Cast(people, places, countries, orgs);
    }

    /** The short name the press uses on second mention: a one-word alias the full name ends with. */
    static String surname(KbEntry person) {
        for (String alias : person.aliases()) {
            if (!alias.contains(" ") && person.name().endsWith(" " + alias)) return alias;
        }
        return person.name();
    }
}
