package ekg.ingest.event;

import java.util.Set;

/**
 * What tells two mentions of one type apart whoever they name: a goal and the match it falls in, and
 * appointments to two offices.
 */
final class Apart {
    /** The moments of a match (goals, a lead, an equaliser), each an event apart from the match itself. */
    private static final Set<String> MOMENTS = Set.of("treffen", "Tor", "Treffer", "Führung", "Ausgleich", "Siegtor",
            "Elfmeter", "Doppelpack", "Hattrick", "Eigentor", "Anschlusstreffer");
    /** The copula of an appointment read from "wurde Pressechef" ({@link Offices}): the office noun names it. */
    private static final String COPULA = "werden";

    private Apart() {
    }

    /** Whether a mention names a moment of a match (a goal, the equaliser), an event apart from the match itself. */
    static boolean moment(Draft d) {
        return d.type().equals("Sport") && MOMENTS.contains(d.hit.entry().lemma());
    }

    /** The word a mention names its event by: its lemma, or the office of an appointment ("Pressechef"). */
    static String word(DocView v, Draft d) {
        String office = office(v, d);
        return office != null ? office : d.hit.entry().lemma();
    }

    /** The office an appointment names ("wurde Bezirksrat"), else null: another office is another appointment. */
    static String office(DocView v, Draft d) {
        return d.hit.entry().lemma().equals(COPULA) ? v.word(d.token) : null;
    }
}
