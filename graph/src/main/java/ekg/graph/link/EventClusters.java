package ekg.graph.link;

import ekg.graph.link.EventMentions.Mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups event mentions into real-world events. A mention joins an event when the type is the same,
 * their actors overlap, their places are compatible (the same, or one inside the other) and its time
 * agrees at the coarser precision with the span its precise reports cover (a day or month report lies
 * within it, or a year report contains it); so the visit of 2000 and that of 2024 stay apart, while "am
 * Mittwoch" joins a visit reported as "Dienstag und Mittwoch". A mention without time joins the one event
 * that fits; when several fit and it names a place, the one within a month of its article's date (news
 * reports the present), else the one its own article does not date otherwise; failing that it is an event
 * of its own. The linker gives it each article event whole ({@link ArticleEvents}), and an event holds at
 * most one of each article.
 */
final class EventClusters {

    /** One real-world event: its mentions, and what they have in common kept up to date as they join. */
    static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();
        private final int order;
        private final Set<String> actors = new HashSet<>();
        private final Set<String> places = new HashSet<>();
        private final Set<String> datedArticles = new HashSet<>();
        private final Set<String> articles = new HashSet<>();
        private final List<TimeRange> times = new ArrayList<>();
        private TimeRange hull;
        private boolean hullKnown;

        Cluster(int order) {
            this.order = order;
        }

        void add(Mention m) {
            mentions.add(m);
            actors.addAll(m.actors);
            places.addAll(m.places);
            articles.add(m.article);
            if (m.time != null) datedArticles.add(m.article);
            TimeRange t = TimeRange.parse(m.time);
            if (t != null) {
                times.add(t);
                hullKnown = false;
            }
        }

        List<TimeRange> times() {
            return times;
        }

        /** The span the reports of at most a month cover; all reports' span when none is that precise. */
        TimeRange hull() {
            if (!hullKnown) {
                List<TimeRange> fine = times.stream().filter(r -> r.days() <= MONTH_DAYS).toList();
                hull = TimeRange.hull(fine.isEmpty() ? times : fine);
                hullKnown = true;
            }
            return hull;
        }

        boolean datedIn(String article) {
            return datedArticles.contains(article);
        }
    }

    private static final int MONTH_DAYS = 31;
    private final EventMentions places;
    final List<Cluster> clusters = new ArrayList<>();
    /**
     * Clusters by "type actor" and by "type place": a mention can only join a cluster of its type that
     * shares an actor with it, or (without actors) a place compatible with one of its own, so only those
     * are tried. Trying every cluster made linking quadratic in the number of articles.
     */
    private final Map<String, List<Cluster>> byActor = new HashMap<>();
    private final Map<String, List<Cluster>> byPlace = new HashMap<>();
    /**
     * Clusters by "type actor year" for every year their time span touches: a dated report only agrees
     * with an event whose span overlaps its own, so at 100k articles it need not try a frequent actor's
     * events of all other years.
     */
    private final Map<String, List<Cluster>> byActorYear = new HashMap<>();
    private final Map<Cluster, Set<String>> yearKeys = new HashMap<>();
    private final Map<String, Set<String>> placesOfType = new HashMap<>();

    EventClusters(EventMentions places) {
        this.places = places;
    }

    /** Adds dated mentions, the most precise first, so that coarse reports join the precise event they agree with. */
    void addDated(List<Mention> dated) {
        List<Mention> sorted = new ArrayList<>(dated);
        Map<Mention, Long> days = new HashMap<>();
        sorted.forEach(m -> days.put(m, TimeRange.parse(m.time).days()));
        sorted.sort(Comparator.comparingLong((Mention m) -> days.get(m))
                .thenComparing(m -> m.article).thenComparing(m -> m.node.getURI()));
        for (Mention m : sorted) {
            TimeRange time = TimeRange.parse(m.time);
            List<Cluster> candidates = m.actors.isEmpty() ? candidates(m) : candidates(m, time);
            Cluster c = candidates.stream().filter(x -> timeAgrees(time, x) && fits(m, x)).findFirst().orElse(null);
            join(m, open(c, m));
        }
    }

    /**
     * The one event an undated mention can be part of, or null. The answer never depends on the order of
     * the candidates, and without places a second fit already means "none": a frequent actor has
     * thousands of events at 100k articles, and most undated reports name no place.
     */
    Cluster onlyFit(Mention m) {
        if (m.actors.isEmpty()) return null;
        if (m.places.isEmpty()) return onlyFitWithoutPlaces(m);
        List<Cluster> fit = candidateSet(m).stream().filter(c -> fits(m, c)).toList();
        if (fit.size() == 1) return fit.get(0);
        TimeRange date = TimeRange.parse(places.articleDate(m.article));
        if (fit.size() > 1 && date != null) {
            List<Cluster> near = fit.stream().filter(c -> c.hull() != null && c.hull().distance(date) <= MONTH_DAYS).toList();
            if (near.size() == 1) return near.get(0);
        }
        if (fit.size() > 1) fit = fit.stream().filter(c -> !c.datedIn(m.article)).toList();
        return fit.size() == 1 ? fit.get(0) : closest(m, fit);
    }

    /**
     * Among several that fit, the one sharing the most actors and places with the report, and among those
     * the one most articles report (an undated report more likely speaks of what many report); none on a tie.
     */
    private static Cluster closest(Mention m, List<Cluster> fit) {
        Comparator<Cluster> order = Comparator.comparingLong((Cluster c) -> m.actors.stream().filter(c.actors::contains).count()
                + m.places.stream().filter(c.places::contains).count()).thenComparingInt(c -> c.articles.size());
        List<Cluster> sorted = new ArrayList<>(fit);
        sorted.sort(order.reversed());
        return sorted.size() > 1 && order.compare(sorted.get(0), sorted.get(1)) == 0 ? null : sorted.isEmpty() ? null : sorted.get(0);
    }

    private Cluster onlyFitWithoutPlaces(Mention m) {
        Cluster one = null;
        for (String a : m.actors) {
            for (Cluster c : byActor.getOrDefault(m.type + " " + a, List.of())) {
                if (c == one || !fits(m, c)) continue;
                if (one != null) return null;
                one = c;
            }
        }
        return one;
    }

    void addUndated(List<Mention> undated) {
        for (Mention m : undated) join(m, open(onlyFit(m), m));
    }

    /**
     * The cluster, unless it already holds another event of the mention's article: an article tells its
     * events apart, so the one that fits best is taken and the other stays an event of its own.
     */
    private static Cluster open(Cluster c, Mention m) {
        return c == null || c.articles.contains(m.article) ? null : c;
    }

    private void join(Mention m, Cluster c) {
        if (c == null) {
            c = new Cluster(clusters.size());
            clusters.add(c);
        }
        for (String a : m.actors) {
            if (!c.actors.contains(a)) byActor.computeIfAbsent(m.type + " " + a, k -> new ArrayList<>()).add(c);
        }
        for (String p : m.places) {
            if (!c.places.contains(p)) byPlace.computeIfAbsent(m.type + " " + p, k -> new ArrayList<>()).add(c);
            placesOfType.computeIfAbsent(m.type, k -> new HashSet<>()).add(p);
        }
        c.add(m);
        indexYears(c);
    }

    private void indexYears(Cluster c) {
        TimeRange hull = c.hull();
        if (hull == null) return;
        Set<String> keys = yearKeys.computeIfAbsent(c, k -> new HashSet<>());
        String type = c.mentions.get(0).type;
        for (String a : c.actors) {
            for (int y = hull.first().getYear(); y <= hull.last().getYear(); y++) {
                String key = type + " " + a + " " + y;
                if (keys.add(key)) byActorYear.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Clusters a dated mention with actors might join: those of its type and an actor it names, in its years. */
    private List<Cluster> candidates(Mention m, TimeRange time) {
        Set<Cluster> found = new HashSet<>();
        for (String a : m.actors) {
            for (int y = time.first().getYear(); y <= time.last().getYear(); y++) {
                found.addAll(byActorYear.getOrDefault(m.type + " " + a + " " + y, List.of()));
            }
        }
        return inOrder(found);
    }

    /** Clusters the mention might join, in the order they were made: the first that fits wins. */
    private List<Cluster> candidates(Mention m) {
        return inOrder(candidateSet(m));
    }

    private Set<Cluster> candidateSet(Mention m) {
        Set<Cluster> found = new HashSet<>();
        if (!m.actors.isEmpty()) {
            for (String a : m.actors) found.addAll(byActor.getOrDefault(m.type + " " + a, List.of()));
        } else {
            for (String p : placesOfType.getOrDefault(m.type, Set.of())) {
                if (compatible(Set.of(p), m.places)) found.addAll(byPlace.getOrDefault(m.type + " " + p, List.of()));
            }
        }
        return found;
    }

    private static List<Cluster> inOrder(Set<Cluster> clusters) {
        List<Cluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(c -> c.order));
        return ordered;
    }

    private boolean fits(Mention m, Cluster c) {
        Mention first = c.mentions.get(0);
        if (!first.type.equals(m.type)) return false;
        boolean actors = !Collections.disjoint(c.actors, m.actors);
        boolean clusterHasPlaces = !c.places.isEmpty();
        boolean placesFit = m.places.isEmpty() || !clusterHasPlaces || compatible(c.places, m.places);
        if (m.actors.isEmpty()) return placesFit && !m.places.isEmpty() && clusterHasPlaces && m.time != null;
        return actors && placesFit;
    }

    private boolean compatible(Set<String> a, Set<String> b) {
        for (String p : a) {
            for (String q : b) if (places.within(p, q) || places.within(q, p)) return true;
        }
        return false;
    }

    /** Checked before {@link #fits}: a comparison of two ranges, where fits may walk the containment of places. */
    private static boolean timeAgrees(TimeRange time, Cluster c) {
        TimeRange hull = c.hull();
        return hull == null || hull.agrees(time);
    }
}
