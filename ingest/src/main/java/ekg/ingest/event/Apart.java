package ekg.ingest.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What tells two mentions of one type apart whoever they name: a goal and the match it falls in,
 * appointments to two offices, and the steps of one affair that news tells as events of their own (an
 * investigation, the charge, the trial and the verdict; an order and its delivery; an emergency declared
 * and the roads it closes; a vote and its runoff).
 */
final class Apart {
    /** The moments of a match (goals, a lead, an equaliser), each an event apart from the match itself. */
    private static final Set<String> MOMENTS = Set.of("treffen", "Tor", "Treffer", "Führung", "Ausgleich", "Siegtor",
            "Elfmeter", "Doppelpack", "Triplepack", "Hattrick", "Eigentor", "Anschlusstreffer");
    /** Steps by the lemma naming them: two mentions of one type naming two steps are two events. */
    private static final Map<String, String> STEPS = steps(new String[][] {
            {"investigation", "Ermittlung", "Ermittlungsverfahren", "Untersuchung", "ermitteln"},
            {"search", "Razzia", "Durchsuchung", "Hausdurchsuchung", "durchsuchen", "Fahndung", "fahnden", "Haftbefehl"},
            {"questioning", "Verhör", "Vernehmung", "verhören", "vernehmen"},
            {"charge", "Anklage", "anklagen", "Klage", "Sammelklage", "verklagen", "klagen", "Anzeige", "Strafanzeige"},
            {"trial", "Prozess", "Gerichtsverfahren", "Strafverfahren", "Gerichtsverhandlung"},
            {"verdict", "Urteil", "Richterspruch", "Schuldspruch", "Freispruch", "Verurteilung", "Haftstrafe",
                    "Gefängnisstrafe", "Geldstrafe", "verurteilen", "freisprechen"},
            {"appeal", "Berufung", "Revision"},
            {"order", "Bestellung", "bestellen", "ordern"},
            {"delivery", "Lieferung", "Waffenlieferung", "liefern"},
            {"emergency", "Notstand", "Notstandsgebiet", "Katastrophengebiet", "Ausnahmezustand"},
            {"curfew", "Ausgangssperre"},
            {"vote", "Wahl", "Wahlkampf"},
            {"runoff", "Stichwahl"},
            {"closing", "Sperre", "sperren", "Schließung", "Grenzschließung", "schließen"},
            {"opening", "öffnen"}});
    /** The copula of an appointment read from "wurde Pressechef" ({@link Offices}): the office noun names it. */
    private static final String COPULA = "werden";

    private Apart() {
    }

    /** Each row a step and the lemmas naming it. */
    private static Map<String, String> steps(String[][] rows) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) out.put(row[i], row[0]);
        }
        return out;
    }

    /** Whether a mention names another step of an affair than the mentions of an event: "ermittelt" and "angeklagt". */
    static boolean otherStep(List<Draft> event, Draft d) {
        String step = STEPS.get(d.hit.entry().lemma());
        if (step == null) return false;
        for (Draft m : event) {
            String other = STEPS.get(m.hit.entry().lemma());
            if (other != null && !other.equals(step)) return true;
        }
        return false;
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
