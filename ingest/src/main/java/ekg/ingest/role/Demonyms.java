package ekg.ingest.role;

import ekg.ingest.doc.EntityType;
import ekg.ingest.names.NameLists;

import java.util.List;

/**
 * Nouns for a person from a place, which news uses to refer back to someone it named: "der Berliner",
 * "die Spanierin", "der Italiener". A word is one when, without its ending, it is a place the name
 * lists know ("Berlin" + "er", "Italien" + "er", "Span(ien)" + "ierin", "Amerika" + "ner").
 */
final class Demonyms {
    // Ending of the noun, and what the place's name puts in its place.
    private static final String[][] ENDINGS = {{"erin", ""}, {"er", ""}, {"ierin", "a"}, {"ier", "a"},
            {"ierin", "ien"}, {"ier", "ien"}, {"erin", "en"}, {"er", "en"}, {"nerin", ""}, {"ner", ""}};

    private final NameLists lists;

    Demonyms(NameLists lists) {
        this.lists = lists;
    }

    boolean isDemonym(String word) {
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))) return false;
        for (String[] e : ENDINGS) {
            if (!word.endsWith(e[0]) || word.length() - e[0].length() < 3) continue;
            String place = word.substring(0, word.length() - e[0].length()) + e[1];
            if (lists.words().isCity(place) || lists.gazetteer().typeOf(List.of(place)) == EntityType.LOC) return true;
        }
        return false;
    }
}
