package ekg.ingest.event;

import java.util.List;
import java.util.Set;

/**
 * Becoming the holder of an office is taking it up: "2019 wurde sie nach langem Zögern
 * Landesrätin", "er wurde Pressechef des Ministeriums" name no appointment word, but a
 * form of "werden" with an office noun and no article between them is a start in a position ("wurde
 * der Chef" and "wurde zum Chef gewählt" are read otherwise). The trigger is the office noun.
 */
final class Offices {
    /** Singular only: "werden Minister erwartet" is mostly a passive of several people. */
    private static final Set<String> BECOME = Set.of("wurde", "wird");
    /** How far before the office noun "werden" may stand: "wurde Berger mit 28 Jahren überraschend Chefin". */
    private static final int REACH = 7;
    private static final Set<String> STOPS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
            "einem", "einer", "eines", "zum", "zur", "als", "von", "vom", "für", "sein", "seine", "ihr", "ihre");
    /** Offices one becomes, as the last part of a capitalised word ("Pressechef"); general German, by hand. */
    private static final List<String> OFFICES = List.of("präsident", "kanzler", "minister", "chef", "leiter", "sprecher",
            "sekretär", "vorsitzender", "vorsitzende", "direktor", "botschafter", "gouverneur", "bürgermeister", "trainer",
            "obmann", "obfrau", "geschäftsführer", "stellvertreter", "kommissar", "vorsteher", "intendant", "kapitän",
            "premier", "bischof", "papst", "landeshauptmann", "landeshauptfrau", "bezirksrat", "gemeinderat",
            "stadtrat", "landesrat", "landrat", "rektor", "dekan", "vorstand", "koordinator", "beauftragter",
            "beauftragte", "manager", "anführer", "oberhaupt");
    private static final TriggerLexicon.Entry START = new TriggerLexicon.Entry("werden", "StartPosition", null, null);

    private Offices() {
    }

    /** Asked for every word that is no trigger, so the few words before it are looked at before its clause. */
    static TriggerLexicon.Hit match(DocView v, int i) {
        String word = v.word(i);
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0))) return null;
        for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
            String w = v.lower(k);
            if (STOPS.contains(w)) return null;
            if (BECOME.contains(w)) return office(v, i, k) ? new TriggerLexicon.Hit(START, "") : null;
        }
        return null;
    }

    /** Whether the word at {@code i} is an office taken up, "werden" at {@code become} standing in its clause. */
    private static boolean office(DocView v, int i, int become) {
        // "wurde Präsident Novak empfangen": an office before a name is a title.
        if (i + 1 < v.tokens.size() && v.inName(i + 1)) return false;
        return v.clause(i)[0] <= become && office(v.lower(i));
    }

    /** Whether a lower-case word ends with an office, perhaps in its feminine form ("Geschäftsführerin"). */
    private static boolean office(String word) {
        String base = word.endsWith("innen") ? word.substring(0, word.length() - 5)
                : word.endsWith("in") ? word.substring(0, word.length() - 2) : word;
        for (String o : OFFICES) {
            if (word.endsWith(o) || base.endsWith(o)) return true;
        }
        return false;
    }
}
