package ekg.ingest.event;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.TimeExpression;
import ekg.ingest.event.DocView.Name;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the actors and places of one trigger in its clause: people and organizations as actors,
 * places after a locative preposition (or, for visits, the place visited), a compound's modifier
 * ("NATO-Gipfel", "Russlandreise"), and places of the knowledge base the name finder missed.
 */
final class Arguments {
    private static final Set<String> LOCATIVE = Set.of("in", "im", "nach", "auf", "am", "bei", "beim", "ins");
    private static final Set<String> NOT_PLACE = Set.of("von", "vom", "aus", "gegen", "für", "mit", "zwischen",
            "an", "über", "wegen", "gegenüber", "um", "zum", "zur", "durch", "laut", "unter");
    private static final Set<String> PLACE_TYPES_ONLY = Set.of("Visit", "Meeting", "Summit", "PressConference");
    private static final int KB_NGRAM = 4;
    /** "US-Quellen", "Regierungskreise", "Beobachter": a plural source phrase, never a participant. */
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)(angaben|quellen|kreise|kreisen|beobachter|beobachtern|diplomaten|experten|analysten|medien|berichte|berichten)$");
    private static final int VISITED_REACH = 3;
    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "welcher",
            "welche", "welches");

    private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie");

    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> places = new LinkedHashSet<>();
    /** Countries and teams the clause names without their names ({@link Nationals}). */
    final Set<String> unnamed = new LinkedHashSet<>();

    private Arguments() {
    }

    static Arguments of(DocView v, int trigger, TriggerLexicon.Hit hit) {
        Arguments a = new Arguments();
        int[] clause = v.clause(trigger);
        a.collect(v, Insertions.host(v, trigger), trigger, hit.type());
        a.annotated(v, clause, trigger, hit.type());
        a.antecedent(v, clause, trigger, hit.type());
        a.sharedSubject(v, clause, trigger);
        if (a.actors.isEmpty()) {
            int[] s = v.sentence(trigger);
            for (Name n : v.names(s[0], s[1])) {
                if (n.type() == EntityType.PER && !source(n) && !possessor(v, n, trigger)) a.actors.add(n.key());
            }
        }
        a.modifier(v, trigger, hit);
        a.kbPlaces(v, clause);
        return a;
    }

    private void collect(DocView v, Insertions.Host host, int trigger, String type) {
        String triggerWord = v.word(trigger);
        int[] clause = {host.from(), host.to()};
        for (Name n : v.names(clause[0], clause[1])) {
            if (n.mention().text().contains(triggerWord) || triggerWord.contains(n.mention().text() + "-")) continue;
            int at = v.tokenAt(n.mention().span().begin());
            if (source(n) || possessor(v, n, trigger) || host.inserted(at)) continue;
            String before = preposition(v, at, clause[0]);
            if (n.type() == EntityType.PER || n.type() == EntityType.ORG) {
                actors.add(n.key());
            } else if (n.type() == EntityType.LOC) {
                location(n, before, type, visited(v, clause, at, trigger));
            }
        }
    }

    /**
     * A trigger opening brackets annotates the name right before them: "gegen Alpha (2:0)", "Anna Beta
     * (geb. 1950)".
     */
    private void annotated(DocView v, int[] clause, int trigger, String type) {
        int last = trigger - 2;
        if (last < 0 || clause[0] != trigger || !v.word(trigger - 1).equals("(")) return;
        for (Name n : v.names(v.clause(last)[0], last + 1)) {
            if (v.tokenAt(n.mention().span().end() - 1) != last || source(n)) continue;
            if (n.type() != EntityType.LOC || !PLACE_TYPES_ONLY.contains(type)) actors.add(n.key());
        }
    }

    /**
     * A relative clause's subject is the name it follows: "Lindqvist, der eine Firma gegründet
     * hat", "der Verband, der im Herbst eine Studie vorgelegt hat". The relative pronoun opens the
     * trigger's clause right after a comma, and the name ends right before it.
     */
    private void antecedent(DocView v, int[] clause, int trigger, String type) {
        if (!RELATIVE.contains(v.lower(clause[0])) || !v.word(clause[0] - 1).equals(",")) return;
        int end = clause[0] - 1;
        for (Name n : v.names(v.clause(end - 1)[0], end)) {
            if (v.tokenAt(n.mention().span().end() - 1) != end - 1 || source(n) || possessor(v, n, trigger)) continue;
            if (n.type() == EntityType.PER || n.type() == EntityType.ORG) actors.add(n.key());
            else if (n.type() == EntityType.LOC && !PLACE_TYPES_ONLY.contains(type) && !n.genitive()) actors.add(n.key());
        }
    }

    /**
     * A conjunct without a subject of its own shares the sentence's: "Er kehrt zurück und startet", "Jetzt
     * hat Alpha beschlossen, es zu versuchen, und Beta herausgebracht". A verb right after the conjunction,
     * or a participle ending a conjunct without an auxiliary of its own, says the subject was left out; the
     * sentence's subject is its first person or organization not governed by a preposition.
     */
    private void sharedSubject(DocView v, int[] clause, int trigger) {
        if (!COORDINATORS.contains(v.lower(clause[0])) || !Character.isLowerCase(v.word(trigger).charAt(0))) return;
        String next = v.pos(clause[0] + 1);
        boolean verbFirst = next.equals("VERB") || next.equals("AUX");
        if (!verbFirst && !(lastWord(v, trigger, clause[1]) && noAuxiliary(v, clause, trigger))) return;
        int[] s = v.sentence(trigger);
        for (Name n : v.names(s[0], clause[0])) {
            int at = v.tokenAt(n.mention().span().begin());
            if (n.type() != EntityType.PER && n.type() != EntityType.ORG || source(n) || possessor(v, n, trigger)
                    || preposition(v, at, s[0]) != null) continue;
            actors.add(n.key());
            return;
        }
    }

    private static boolean lastWord(DocView v, int trigger, int to) {
        for (int i = trigger + 1; i < to; i++) {
            if (Character.isLetterOrDigit(v.word(i).charAt(0))) return false;
        }
        return true;
    }

    private static boolean noAuxiliary(DocView v, int[] clause, int trigger) {
        for (int i = clause[0]; i < trigger; i++) {
            if (v.pos(i).equals("AUX") || v.pos(i).equals("VERB")) return false;
        }
        return true;
    }

    /**
     * A place without preposition is the place visited when it stands near the visit word and after the
     * clause's first verb: "Putin wird Nordkorea einen Besuch abstatten", not "Die USA beobachten Putins Besuch".
     */
    private static boolean visited(DocView v, int[] clause, int at, int trigger) {
        if (Math.abs(at - trigger) > VISITED_REACH) return false;
        for (int i = clause[0]; i < at; i++) {
            if (v.pos(i).equals("VERB") || v.pos(i).equals("AUX")) return true;
        }
        return false;
    }

    private void location(Name n, String before, String type, boolean visited) {
        if (before != null && LOCATIVE.contains(before)) places.add(n.key());
        // "die Annexion der Krim durch Russland": the agent of a nominalised or passive event.
        else if ("durch".equals(before)) actors.add(n.key());
        else if (before != null && NOT_PLACE.contains(before) && partner(before, type)) actors.add(n.key());
        else if (before != null && NOT_PLACE.contains(before)) return;
        else if (type.equals("Visit") && visited && !n.genitive()) places.add(n.key());
        else if (!PLACE_TYPES_ONLY.contains(type) && !n.genitive()) actors.add(n.key());
    }

    /**
     * A place after this preposition stands for its people: a partner ("Gespräche mit Polen"), an
     * opponent ("Sanktionen gegen Iran", "gegen Norwegen verloren", "Tore für Nordstadt") or a
     * recipient ("Lieferungen an Kiew").
     */
    private static boolean partner(String preposition, String type) {
        return switch (preposition) {
            case "mit", "zwischen", "gegen" -> true;
            case "für" -> type.equals("Sport");
            case "an" -> type.equals("Transfer");
            default -> false;
        };
    }

    /** The preposition governing the word at {@code at}: the nearest one before it, across articles and adjectives. */
    static String preposition(DocView v, int at, int from) {
        for (int i = at - 1; i >= from && i >= at - 4; i--) {
            String p = v.pos(i);
            if (p.equals("ADP") || LOCATIVE.contains(v.lower(i)) || NOT_PLACE.contains(v.lower(i))) return v.lower(i);
            if (!(p.equals("DET") || p.equals("ADJ") || p.equals("PROPN") || p.equals("NOUN"))) return null;
        }
        return null;
    }

    static boolean source(Name n) {
        return SOURCE.matcher(n.mention().text()).find();
    }

    /**
     * A name in the genitive before another noun than the trigger, or after such a noun and "von", owns
     * that noun and takes no part: "Kim Jong-uns Vater besuchte ...", "der Vater von Kim Jong-un", unlike
     * "Putins Besuch" or "der Besuch von Putin".
     */
    static boolean possessor(DocView v, Name n, int trigger) {
        int at = v.tokenAt(n.mention().span().begin());
        if ((v.lower(at - 1).equals("von") || v.lower(at - 1).equals("vom")) && at - 2 != trigger
                && v.pos(at - 2).equals("NOUN") && !inTime(v, at - 2)) return true;
        if (!n.genitive()) return false;
        int next = v.tokenAt(n.mention().span().end() - 1) + 1;
        String w = v.word(next);
        return next != trigger && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !v.inName(next);
    }

    /** Whether token {@code i} lies in a time phrase: "im Sommer vom Ministerium beschlossen" owns no ministry. */
    private static boolean inTime(DocView v, int i) {
        int begin = v.tokens.get(i).span().begin();
        for (TimeExpression t : v.doc.times()) {
            if (t.span().begin() <= begin && begin < t.span().end()) return true;
        }
        return false;
    }

    private void modifier(DocView v, int trigger, TriggerLexicon.Hit hit) {
        if (hit.modifier().isEmpty()) return;
        Name n = v.resolveWord(hit.modifier(), v.tokens.get(trigger).span());
        if (n == null) n = v.resolveWord((hit.modifier().endsWith("s") ? hit.modifier().substring(0, hit.modifier().length() - 1) : hit.modifier()), v.tokens.get(trigger).span());
        if (n == null) return;
        if (n.type() == EntityType.LOC && !PLACE_TYPES_ONLY.contains(hit.type())) actors.add(n.key());
        else if (n.type() == EntityType.LOC) places.add(n.key());
        else actors.add(n.key());
    }

    /** Places the knowledge base knows, named after a locative preposition ("im Fernen Osten"). */
    private void kbPlaces(DocView v, int[] clause) {
        for (int i = clause[0]; i < clause[1]; i++) {
            if (!LOCATIVE.contains(v.lower(i))) continue;
            for (int from = i + 1; from <= i + 2 && from < clause[1]; from++) {
                for (int to = Math.min(clause[1], from + KB_NGRAM); to > from; to--) {
                    String key = v.kbPlaceAt(from, to);
                    if (key != null) places.add(key);
                }
            }
        }
    }
}
