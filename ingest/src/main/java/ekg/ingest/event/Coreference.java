package ekg.ingest.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which mentions of an article report one event. A noun repeating the word of an earlier event of its
 * type names it again wherever it stands and whoever its clause names ("Einer Studie zufolge ...",
 * later "die Ergebnisse der Studie"), the latest such event first; for happenings news counts (goals,
 * attacks, injuries, deaths) only with a definite or possessive determiner ("Der Treffer", not "bei
 * einem Angriff"). Otherwise a mention joins an earlier event of its type whose time does not
 * contradict its own: one of its sentence, else the latest of its paragraph, else the article's first
 * of its type, when they share an actor or it is a definite nominal ("der Besuch", "dieses Treffen")
 * that names no actor the event lacks; a verb outside the sentence joins only by a shared actor.
 * Outside its sentence, a mention with a time phrase joins only an event of the same known time:
 * "Zuletzt war er 2000 dort" is an earlier visit than the one the article reports; a noun that names
 * the event again may date it ("Am Morgen geschah der Unfall"). The first mention of a type in the
 * lead joins the headline's event of that type unless their actors differ: news restates its headline
 * (its first part: a teaser "A – B" tells B as a second piece of news).
 * Names in the clause of a noun inside a prepositional phrase ("gegen den Beschluss") belong to another
 * predicate, so they do not set its event apart. Two different results ("2:0", "1:1") are two matches,
 * what {@link Apart} tells apart (a goal and its match, appointments to two offices) are two events,
 * an "Other" mention joins only an event of its own word, and one naming no one joins an event of its
 * place. The words of a war, and a noun and its verb, name one event ({@link Families}).
 */
final class Coreference {
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "des", "dem", "den", "dieser", "diese",
            "dieses", "diesem", "diesen", "beim", "vom", "zum", "zur", "im", "am");
    private static final Set<String> INDEFINITE = Set.of("ein", "eine", "einem", "einen", "einer", "eines", "kein",
            "keine", "keinem", "keinen", "keiner", "keines", "mehrere", "mehreren", "einige", "einigen", "weitere", "weiteren");
    /** The sentence after the headline: news restates there what the headline names. */
    private static final int LEAD = 1;
    private static final int GOVERNED_REACH = 3;
    private static final Set<String> COUNTED = Set.of("Sport", "Attack", "Injury", "Death");
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}:\\d{1,2}");
    /** What the same people do again and again: "trafen sich" twice may be two meetings years apart. */
    private static final Set<String> RECURRING = Set.of("Meeting", "Visit", "PressConference");

    private Coreference() {
    }

    /** Numbers the drafts' events: mentions with one number report one event. */
    static void resolve(DocView v, List<Draft> drafts) {
        List<ArticleEvent> events = new ArrayList<>();
        for (Draft d : drafts) {
            int sentence = v.sentenceOf(d.token);
            ArticleEvent e = antecedent(v, events, d, sentence);
            if (e == null) {
                e = new ArticleEvent(events.size(), d);
                events.add(e);
            }
            e.add(d, Apart.word(v, d), Apart.office(v, d), score(v, d), sentence, v.paragraph(v.tokens.get(d.token).span().begin()),
                    afterDash(v, d.token));
            d.event = e.number;
        }
    }

    /**
     * The event a mention names again: the latest whose word a noun repeats, else one of its sentence,
     * else the latest of its paragraph it refers to, else the article's first of its type, which news
     * names first and refers back to most.
     */
    private static ArticleEvent antecedent(DocView v, List<ArticleEvent> events, Draft d, int sentence) {
        ArticleEvent again = war(v, events, d);
        if (again == null) again = repeated(v, events, d);
        if (again == null) again = nominal(v, events, d);
        if (again == null) again = sameVerb(v, events, d);
        if (again != null) return again;
        int paragraph = v.paragraph(v.tokens.get(d.token).span().begin());
        ArticleEvent first = null;
        for (int k = events.size() - 1; k >= 0; k--) {
            ArticleEvent e = events.get(k);
            if (!e.type.equals(d.type()) || otherResult(e, score(v, d)) || unlikeOther(v, e, d) || otherPart(e, d)
                    || otherOffice(v, e, d)) continue;
            boolean agree = EventTimes.agree(e.time, d.when.value());
            // A headline dated only by the article's day takes the lead's stated date.
            if (sentence == LEAD && e.headline && (agree || !e.stated) && !conflict(v, e, d)) return e;
            if (!agree) continue;
            if (e.sentence == sentence) return e;
            // A dated mention is another event unless its time is the event's ("Zuletzt war er 2000
            // dort"), or it is a noun naming the event again: "Am Morgen geschah der Unfall".
            if (d.when.known() && (e.time == null || d.when.value() == null) && !namesAgain(v, e, d)) continue;
            if (e.paragraph == paragraph && refersTo(v, e, d)) return e;
            first = e;
        }
        return first != null && refersTo(v, first, d) ? first : null;
    }

    /**
     * The latest event a noun names again by its word, wherever it stands in the article and whoever
     * its clause names ("Einer Studie zufolge ..." and later "die Ergebnisse der Studie", "eine
     * Ausgangssperre" after the headline's "Ausgangssperre"), unless the times the two state differ.
     * Happenings news counts (goals, attacks, injuries, deaths), where each "Treffer" or "Angriff" may be
     * one more, are named again only with a definite or possessive determiner: "Der Treffer", not
     * "bei einem Angriff" or "bei mehreren Angriffen".
     */
    private static ArticleEvent repeated(DocView v, List<ArticleEvent> events, Draft d) {
        if (!Character.isUpperCase(v.word(d.token).charAt(0))) return null;
        if (COUNTED.contains(d.type()) && !definite(v, d.token)) return null;
        String lemma = Apart.word(v, d);
        for (int k = events.size() - 1; k >= 0; k--) {
            ArticleEvent e = events.get(k);
            if (!e.type.equals(d.type()) || !e.lemmas.contains(lemma) && !sameRoot(e, lemma) || otherResult(e, score(v, d))
                    || otherPart(e, d)) continue;
            if (e.stated && d.when.phrase() != null && !EventTimes.agree(e.time, d.when.value())) continue;
            return e;
        }
        return null;
    }

    /**
     * The article's war a mention belongs to: one more word for it ("der Konflikt" after "Bürgerkrieg",
     * "kämpfen"), or a happening its clause places in it ("In dem Krieg wurden Tausende getötet"),
     * whatever time each states, since a war lasts.
     */
    private static ArticleEvent war(DocView v, List<ArticleEvent> events, Draft d) {
        for (int k = events.size() - 1; k >= 0; k--) {
            ArticleEvent e = events.get(k);
            if (e.type.equals(d.type()) && e.lemmas.stream().anyMatch(Families::war)) {
                return Families.war(Apart.word(v, d)) || inWar(v, d) ? e : null;
            }
        }
        return null;
    }

    /** Whether the mention's clause names a war it happens in: "in dem Konflikt", "im Bürgerkrieg". */
    private static boolean inWar(DocView v, Draft d) {
        int[] c = v.clause(d.token);
        for (int i = c[0]; i < c[1]; i++) {
            if (i != d.token && Families.definiteWar(v, i)) return true;
        }
        return false;
    }

    /**
     * The latest event a verb names again by the noun it is made from ("die Stationierung", then
     * "stationiert"); a verb with a time phrase only an event stated at that time ("2000 besuchte er
     * das Land" is an earlier visit than "der Besuch" of the article's day). Not for happenings news counts, where
     * "wurde verletzt" after "die Verletzungen" may be one more.
     */
    private static ArticleEvent nominal(DocView v, List<ArticleEvent> events, Draft d) {
        String lemma = Apart.word(v, d);
        return verbAgain(v, events, d, e -> sameRoot(e, lemma));
    }

    /**
     * The latest event a verb names again by the same verb: news repeats its verb for the one happening it
     * reports ("wurde angeklagt", later "soll angeklagt werden"), unless the clause names other actors or
     * states another time. Not for happenings news counts ("wurde verletzt" twice may be two people) nor
     * for meetings and visits, which the same people repeat.
     */
    private static ArticleEvent sameVerb(DocView v, List<ArticleEvent> events, Draft d) {
        if (RECURRING.contains(d.type())) return null;
        String lemma = Apart.word(v, d);
        return verbAgain(v, events, d, e -> e.lemmas.contains(lemma) && !conflict(v, e, d));
    }

    /**
     * The latest event of the verb's type that {@code names} accepts, the same match and step, and stated
     * at the verb's time if it gives one; null for a noun and for happenings news counts.
     */
    private static ArticleEvent verbAgain(DocView v, List<ArticleEvent> events, Draft d, Predicate<ArticleEvent> names) {
        if (Character.isUpperCase(v.word(d.token).charAt(0)) || COUNTED.contains(d.type())) return null;
        for (int k = events.size() - 1; k >= 0; k--) {
            ArticleEvent e = events.get(k);
            if (!e.type.equals(d.type()) || !names.test(e) || otherResult(e, score(v, d)) || otherPart(e, d)) continue;
            if (d.when.phrase() != null && !(e.stated && EventTimes.agree(e.time, d.when.value()))) continue;
            return e;
        }
        return null;
    }

    /** Whether the event has a noun made from the verb, or a verb the noun is made from. */
    private static boolean sameRoot(ArticleEvent e, String lemma) {
        return e.lemmas.stream().anyMatch(l -> Families.sameRoot(l, lemma));
    }

    /** Whether a dash stands before the token in its sentence. */
    private static boolean afterDash(DocView v, int token) {
        for (int i = v.sentence(token)[0]; i < token; i++) {
            if (v.word(i).equals("–") || v.word(i).equals("—")) return true;
        }
        return false;
    }

    /** A goal and the match it falls in are two events ("Heimspiel" and "Treffer"), and so are two steps of an affair. */
    private static boolean otherPart(ArticleEvent e, Draft d) {
        return e.moment != Apart.moment(d) || Apart.otherStep(e.mentions, d);
    }

    /** An appointment to another office is another appointment, whoever both name. */
    private static boolean otherOffice(DocView v, ArticleEvent e, Draft d) {
        String office = Apart.office(v, d);
        return office != null && !e.offices.isEmpty() && !e.offices.contains(office);
    }

    /** "Other" gathers unlike happenings (a birth, a flight, a party), so its mentions join by their word alone. */
    private static boolean unlikeOther(DocView v, ArticleEvent e, Draft d) {
        return d.type().equals("Other") && !e.lemmas.contains(Apart.word(v, d));
    }

    /** Two results ("2:0", "1:1") are two matches. */
    private static boolean otherResult(ArticleEvent e, String score) {
        return score != null && !e.scores.isEmpty() && !e.scores.contains(score);
    }

    /** The result a score trigger states ("2:0" of "2:0-Sieg"), else null. */
    private static String score(DocView v, Draft d) {
        Matcher m = SCORE.matcher(v.word(d.token));
        return d.type().equals("Sport") && m.lookingAt() ? m.group() : null;
    }

    /** Actors on both sides and none shared; a noun after a preposition does not count (see {@link #governed}). */
    private static boolean conflict(DocView v, ArticleEvent e, Draft d) {
        return !e.actors.isEmpty() && !d.args.actors.isEmpty() && !governed(v, d.token)
                && Collections.disjoint(e.actors, d.args.actors);
    }

    private static boolean refersTo(DocView v, ArticleEvent e, Draft d) {
        boolean overlap = !Collections.disjoint(e.actors, d.args.actors);
        return overlap || samePlace(e, d) || namesAgain(v, e, d) && !conflict(v, e, d);
    }

    /**
     * One side names no one and both name the same place: "Nun ist er nach Nordkorea gereist" and "Putin
     * ist zu einem Staatsbesuch in Nordkorea eingetroffen". Not for happenings news counts, where one place
     * sees several ("zwei Anschläge in Kabul").
     */
    private static boolean samePlace(ArticleEvent e, Draft d) {
        return (e.actors.isEmpty() || d.args.actors.isEmpty()) && !COUNTED.contains(d.type())
                && !Collections.disjoint(e.places, d.args.places);
    }

    /**
     * A noun names an event again ("die Festnahme", "seinen Rücktritt"); a verb tells a new one ("wurde
     * verletzt" twice is two people), and so does a noun with an indefinite article or none ("bei einem
     * Brandanschlag", "bei Gefechten").
     */
    private static boolean namesAgain(DocView v, ArticleEvent e, Draft d) {
        if (!Character.isUpperCase(v.word(d.token).charAt(0))) return false;
        int det = determiner(v, d.token);
        return definite(v, d.token) && (e.lemmas.contains(Apart.word(v, d)) || DEFINITE.contains(v.lower(det)));
    }

    /** Whether the noun at {@code noun} has a definite, demonstrative or possessive determiner, or a genitive name before it. */
    static boolean definite(DocView v, int noun) {
        int det = determiner(v, noun);
        String p = v.pos(det);
        return DEFINITE.contains(v.lower(det)) || p.equals("PROPN")
                || (p.equals("DET") || p.equals("PRON")) && !INDEFINITE.contains(v.lower(det));
    }

    /** The token before the noun's adjectives and numbers. */
    private static int determiner(DocView v, int noun) {
        int det = noun - 1;
        while (det > noun - GOVERNED_REACH && (v.pos(det).equals("ADJ") || v.pos(det).equals("NUM"))) det--;
        return det;
    }

    /**
     * Whether a noun trigger stands in a prepositional phrase ("gegen den Beschluss", "in einem Brief
     * zur Studie") or opens its clause as a definite subject: the names of its clause then belong to
     * the predicate it depends on, so they do not tell its event apart from another.
     */
    private static boolean governed(DocView v, int trigger) {
        if (!Character.isUpperCase(v.word(trigger).charAt(0))) return false;
        // A definite noun opening its clause is its subject: "Die Studie hält X zugute" names X as an object.
        int det = determiner(v, trigger);
        if (det == v.clause(trigger)[0] && DEFINITE.contains(v.lower(det))) return true;
        for (int i = trigger - 1; i >= trigger - GOVERNED_REACH && i >= 0; i--) {
            String p = v.pos(i);
            if (p.equals("ADP")) return true;
            if (!(p.equals("DET") || p.equals("ADJ") || p.equals("NUM") || p.equals("PRON"))) return false;
        }
        return false;
    }
}
