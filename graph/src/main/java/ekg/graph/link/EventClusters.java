package ekg.graph.link;

import ekg.graph.link.EventMentions.Mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups event mentions into real-world events. A mention joins an event when the type is the same,
 * their actors overlap, their places are compatible (the same, or one inside the other) and its time
 * agrees at the coarser precision with the span its precise reports cover (a day or month report lies
 * within it, or a year report contains it); so the visit of 2000 and that of 2024 stay apart, while "am
 * Mittwoch" joins a visit reported as "Dienstag und Mittwoch". A mention without time joins the one event
 * that fits; when several fit and it names a place, the one within a month of its article's date (news
 * reports the present), else the one its own article does not date otherwise; failing that it is an event
 * of its own.
 */
final class EventClusters {

    /** One real-world event: its mentions. */
    static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();

        List<TimeRange> times() {
            return mentions.stream().map(m -> TimeRange.parse(m.time)).filter(t -> t != null).toList();
        }

        /** The span the reports of at most a month cover; all reports' span when none is that precise. */
        TimeRange hull() {
            List<TimeRange> t = times();
            List<TimeRange> fine = t.stream().filter(r -> r.days() <= MONTH_DAYS).toList();
            return TimeRange.hull(fine.isEmpty() ? t : fine);
        }

        boolean datedIn(String article) {
            return mentions.stream().anyMatch(m -> m.article.equals(article) && m.time != null);
        }
    }

    private static final int MONTH_DAYS = 31;
    private final EventMentions places;
    final List<Cluster> clusters = new ArrayList<>();

    EventClusters(EventMentions places) {
        this.places = places;
    }

    /** Adds dated mentions, the most precise first, so that coarse reports join the precise event they agree with. */
    void addDated(List<Mention> dated) {
        List<Mention> sorted = new ArrayList<>(dated);
        sorted.sort(Comparator.comparingLong((Mention m) -> TimeRange.parse(m.time).days())
                .thenComparing(m -> m.article).thenComparing(m -> m.node.getURI()));
        for (Mention m : sorted) {
            Cluster c = clusters.stream().filter(x -> fits(m, x) && timeAgrees(m, x)).findFirst().orElse(null);
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
            }
            c.mentions.add(m);
        }
    }

    /** The one event an undated mention can be part of, or null. */
    Cluster onlyFit(Mention m) {
        if (m.actors.isEmpty()) return null;
        List<Cluster> fit = clusters.stream().filter(c -> fits(m, c)).toList();
        if (fit.size() == 1) return fit.get(0);
        if (m.places.isEmpty()) return null;
        TimeRange date = TimeRange.parse(places.articleDate(m.article));
        if (fit.size() > 1 && date != null) {
            List<Cluster> near = fit.stream().filter(c -> c.hull() != null && c.hull().distance(date) <= MONTH_DAYS).toList();
            if (near.size() == 1) return near.get(0);
        }
        if (fit.size() > 1) fit = fit.stream().filter(c -> !c.datedIn(m.article)).toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    void addUndated(List<Mention> undated) {
        for (Mention m : undated) {
            Cluster c = onlyFit(m);
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
            }
            c.mentions.add(m);
        }
    }

    private boolean fits(Mention m, Cluster c) {
        Mention first = c.mentions.get(0);
        if (!first.type.equals(m.type)) return false;
        boolean actors = c.mentions.stream().anyMatch(x -> !Collections.disjoint(x.actors, m.actors));
        boolean clusterHasPlaces = c.mentions.stream().anyMatch(x -> !x.places.isEmpty());
        boolean placesFit = m.places.isEmpty() || !clusterHasPlaces
                || c.mentions.stream().anyMatch(x -> compatible(x.places, m.places));
        if (m.actors.isEmpty()) return placesFit && !m.places.isEmpty() && clusterHasPlaces && m.time != null;
        return actors && placesFit;
    }

    private boolean compatible(Set<String> a, Set<String> b) {
        for (String p : a) {
            for (String q : b) if (places.within(p, q) || places.within(q, p)) return true;
        }
        return false;
    }

    private static boolean timeAgrees(Mention m, Cluster c) {
        TimeRange hull = c.hull();
        return hull == null || hull.agrees(TimeRange.parse(m.time));
    }
}
