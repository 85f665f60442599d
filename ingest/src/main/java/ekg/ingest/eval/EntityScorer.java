package ekg.ingest.eval;

import ekg.ingest.doc.EntityType;
import ekg.ingest.eval.Extraction.Resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores entities: a group counts when every occurrence of every form, in every article, resolves to
 * one and the same entity of the gold type; a distinct pair is merged when some entity stands for both.
 */
final class EntityScorer {
    private final Extraction x;

    EntityScorer(Extraction x) {
        this.x = x;
    }

    EntityScore score(GoldFile gold) {
        List<EntityScore.Failure> failures = new ArrayList<>();
        int ok = 0;
        List<GoldFile.Entity> groups = gold.entities() == null ? List.of() : gold.entities();
        for (GoldFile.Entity e : groups) {
            String why = check(e);
            if (why == null) ok++;
            else failures.add(new EntityScore.Failure(e.name(), e.type(), why));
        }
        List<List<String>> merged = new ArrayList<>();
        List<List<String>> pairs = gold.distinct() == null ? List.of() : gold.distinct();
        for (List<String> pair : pairs) {
            if (pair.size() != 2) throw new IllegalArgumentException("a distinct entry must name two entities: " + pair);
            Set<String> a = standsFor(pair.get(0), groups);
            a.retainAll(standsFor(pair.get(1), groups));
            if (!a.isEmpty()) merged.add(List.of(pair.get(0), pair.get(1), x.labelOf(a.iterator().next())));
        }
        return new EntityScore(new Ratio(ok, groups.size()), merged.size(), pairs.size(), List.copyOf(failures),
                List.copyOf(merged));
    }

    /** Null when the group resolves; otherwise the first thing that went wrong. */
    private String check(GoldFile.Entity e) {
        EntityType want = type(e.type());
        String id = null;
        String first = null;
        int seen = 0;
        for (String form : e.forms()) {
            for (String article : x.articles()) {
                for (Resolution r : x.occurrences(article, form)) {
                    seen++;
                    String where = "\"" + form + "\" in " + article + " at " + r.begin();
                    if (r.entityId() == null) return where + " resolves to nothing";
                    if (r.type() != want) return where + " is " + r.type() + ", not " + want;
                    if (id == null) {
                        id = r.entityId();
                        first = where;
                    } else if (!id.equals(r.entityId())) {
                        return first + " is " + x.labelOf(id) + " but " + where + " is " + x.labelOf(r.entityId());
                    }
                }
            }
        }
        return seen == 0 ? "no form occurs in the articles" : null;
    }

    private Set<String> standsFor(String name, List<GoldFile.Entity> groups) {
        List<String> forms = groups.stream().filter(g -> g.name().equals(name)).findFirst()
                .map(GoldFile.Entity::forms).orElse(List.of(name));
        Set<String> ids = new HashSet<>(x.entityIds(name));
        for (String form : forms) {
            for (String article : x.articles()) {
                x.occurrences(article, form).forEach(r -> { if (r.entityId() != null) ids.add(r.entityId()); });
            }
        }
        return ids;
    }

    static EntityType type(String gold) {
        return switch (gold.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PER;
            case "organization", "organisation", "org" -> EntityType.ORG;
            case "place", "location", "loc" -> EntityType.LOC;
            default -> throw new IllegalArgumentException("unknown entity type in gold file: " + gold);
        };
    }
}
