package ekg.ingest.event;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.TimeExpression;
import ekg.ingest.event.DocView.Name;

import java.util.List;
import java.util.Set;

/**
 * A dated stay is a visit: "Das letzte Mal war Putin im Jahr 2000 in Nordkorea" has no visit word, but
 * a person who "war" somewhere at a stated time visited it. The trigger is the finite "war"/"waren",
 * and the clause must name a person, a time and a place after "in".
 */
final class Stays {
    private static final Set<String> COPULA = Set.of("war", "waren");
    private static final TriggerLexicon.Entry VISIT = new TriggerLexicon.Entry("sein", "Visit", "042", null);

    private Stays() {
    }

    static TriggerLexicon.Hit match(DocView v, List<TimeExpression> times, int i) {
        if (!COPULA.contains(v.lower(i))) return null;
        int[] c = v.clause(i);
        Span clause = v.span(c[0], c[1]);
        if (times.stream().noneMatch(t -> clause.contains(t.span()))) return null;
        List<Name> names = v.names(c[0], c[1]);
        boolean person = names.stream().anyMatch(n -> n.type() == EntityType.PER);
        boolean place = names.stream().anyMatch(n -> n.type() == EntityType.LOC
                && v.lower(v.tokenAt(n.mention().span().begin()) - 1).equals("in"));
        return person && place ? new TriggerLexicon.Hit(VISIT, "") : null;
    }
}
