package ekg.ingest.eval;

import ekg.ingest.eval.Extraction.ExtractedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores events: a gold event is matched when exactly one event node has its type, its agent among
 * the actors, a place within its place, a time that agrees with it, and every listed article among
 * its sources.
 */
final class EventScorer {
    private final Extraction x;
    private final Speakers names;

    EventScorer(Extraction x, Speakers names) {
        this.x = x;
        this.names = names;
    }

    EventScore score(GoldFile gold) {
        List<ExtractedEvent> events = x.events();
        List<EventScore.Failure> failures = new ArrayList<>();
        int ok = 0;
        for (GoldFile.Event g : gold.events()) {
            int n = (int) events.stream().filter(e -> matches(e, g)).count();
            if (n == 1) ok++;
            else failures.add(new EventScore.Failure(g.what(), g.type(), g.agent(), g.place(), g.when(), n));
        }
        return new EventScore(new Ratio(ok, gold.events().size()), events.size(), List.copyOf(failures));
    }

    private boolean matches(ExtractedEvent e, GoldFile.Event g) {
        if (!g.type().equals(e.type())) return false;
        if (e.actors().stream().noneMatch(names.ids(g.agent())::contains)) return false;
        Set<String> places = names.ids(g.place());
        if (e.places().stream().noneMatch(p -> places.stream().anyMatch(q -> x.within(p, q)))) return false;
        if (!e.articles().containsAll(g.articles())) return false;
        TimeSpan want = TimeSpan.parse(g.when());
        if (want == null) return true;
        TimeSpan got = e.timeStamp() != null ? TimeSpan.parse(e.timeStamp())
                : TimeSpan.between(TimeSpan.parse(e.begin()), TimeSpan.parse(e.end()));
        return got != null && got.agrees(want);
    }
}
