package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The states and teams a clause names without their names: a country's adjective before a body that
 * acts for it ("das türkische Militär", "syrische Regierungstruppen", "die deutsche Regierung"), its
 * people as a plural ("die Deutschen", "den Russen"), and a team by the people of its town ("die
 * Rostocker", "bei den Kölnern": the organization of the article whose name holds the town), and by
 * its capital ("Moskau liefert Waffen"). News
 * says who acts so as often as by name.
 */
final class Nationals {
    /** Endings of the nouns for a state's acting bodies, compounds included ("Regierungstruppen"). */
    private static final List<String> BODIES = List.of("regierung", "militär", "armee", "truppen", "streitkräfte",
            "luftwaffe", "marine", "polizei", "behörde", "behörden", "justiz", "staatsanwaltschaft", "ministerium",
            "sicherheitskräfte", "soldaten", "regime", "staatsführung", "parlament", "delegation", "geheimdienst",
            "geheimdienste", "küstenwache", "nationalmannschaft", "nationalteam", "kampfjets", "kriegsschiffe");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("e", "en", "er", "es", "em");
    /** Plural nouns for a country's people, from its adjective's stem: "Deutsch-en", "Russ-en", "Irak-er", "Israel-is". */
    private static final List<String> PEOPLE_ENDINGS = List.of("en", "e", "er", "ern", "is");
    /** Endings of a noun for the people of a town: "Köln-er", "Rostock-er", "Neustädt-ern". */
    private static final List<String> TOWN_ENDINGS = List.of("anern", "aner", "enern", "ener", "ern", "er");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("die", "den", "der");
    private static final int MIN_TOWN = 4;

    /** Country key by the inflected adjective ("türkische") and by the plural of its people ("Türken"). */
    private final Map<String, String> byAdjective = new HashMap<>();
    private final Map<String, String> byPeople = new HashMap<>();
    /** Country key by its capital's key: "Moskau liefert" is Russia delivering. */
    private final Map<String, String> byCapital = new HashMap<>();
    private final ThreadLocal<Towns> towns = new ThreadLocal<>();

    private record Towns(Doc doc, Map<String, String> byWord) {
    }

    Nationals(KnowledgeBase kb) {
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.LOC || !"country".equals(e.kind()) || e.adjective() == null || e.adjective().isBlank()) continue;
            if (e.capital() != null) byCapital.putIfAbsent(e.capital(), e.key());
            String adjective = e.adjective().toLowerCase(Locale.ROOT);
            for (String ending : ADJECTIVE_ENDINGS) byAdjective.putIfAbsent(adjective + ending, e.key());
            String stem = adjective.endsWith("isch") ? adjective.substring(0, adjective.length() - 4) : adjective;
            for (String ending : PEOPLE_ENDINGS) byPeople.putIfAbsent(stem + ending, e.key());
            byPeople.putIfAbsent(adjective + "en", e.key());
        }
    }

    /**
     * Adds to {@code args} the countries and teams tokens [from, to) name this way, kept apart from the
     * named actors until the article's mentions are joined, since many clauses name a state so.
     */
    void add(DocView v, int from, int to, Arguments args) {
        for (int i = from; i < to; i++) {
            String w = v.word(i);
            if (w.length() < 3 || v.inName(i)) continue;
            String key = Character.isLowerCase(w.charAt(0)) ? body(v, i, to) : people(v, i);
            if (key != null && !args.places.contains(key)) args.unnamed.add(key);
        }
    }

    /** The country whose capital stands among the actors ("Moskau liefert Waffen"), else null. */
    String ofCapital(Arguments args) {
        for (String a : args.actors) {
            String country = byCapital.get(a);
            if (country != null && !args.places.contains(country)) return country;
        }
        return null;
    }

    /** "türkische Militär": the adjective's country when a body acting for it follows. */
    private String body(DocView v, int i, int to) {
        String key = byAdjective.get(v.lower(i));
        if (key == null) return null;
        for (int k = i + 1; k <= i + 2 && k < to; k++) {
            String next = v.lower(k);
            for (String b : BODIES) {
                if (next.endsWith(b)) return key;
            }
        }
        return null;
    }

    /** "die Deutschen", "den Rostockern": after a plural determiner, a country's people or a team's town. */
    private String people(DocView v, int i) {
        if (!PLURAL_DETERMINERS.contains(v.lower(i - 1))) return null;
        String w = v.lower(i);
        String key = byPeople.get(w);
        return key != null ? key : team(v, w);
    }

    /** The one organization of the article with the town in its name ("1. FC Köln" for "Kölner"), else null. */
    private String team(DocView v, String word) {
        Map<String, String> byTown = null;
        for (String ending : TOWN_ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < MIN_TOWN) continue;
            if (byTown == null) byTown = towns(v);
            String found = byTown.get(fold(word.substring(0, word.length() - ending.length())));
            if (found != null) return found.isEmpty() ? null : found;
        }
        return null;
    }

    /**
     * The article's organizations by each folded word of their names, "" where two share the word; made
     * once per article and thread, since every plural after an article asks.
     */
    private Map<String, String> towns(DocView v) {
        Towns known = towns.get();
        if (known != null && known.doc() == v.doc) return known.byWord();
        Map<String, String> byWord = new HashMap<>();
        for (Entity e : v.doc.entities()) {
            if (e.type() != EntityType.ORG) continue;
            for (String part : e.label().split("[\\s-]+")) {
                byWord.merge(fold(part), e.key(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        towns.set(new Towns(v.doc, byWord));
        return byWord;
    }

    /** Lower case without umlauts: "Neustädt" of "Neustädter" is the town "Neustadt". */
    private static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "");
    }
}
