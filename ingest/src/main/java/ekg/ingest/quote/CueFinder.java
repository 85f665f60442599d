package ekg.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the cues of a {@link CueLexicon} in the tokens outside quote marks. */
final class CueFinder {
    /** How far the later words of a cue (teilte … mit) may stand from its first. */
    private static final int WINDOW = 8;
    /** How far a later word may stand when it closes the clause (teilte … am Abend in Berlin mit.). */
    private static final int LONG_WINDOW = 16;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ":", ";");

    /** A source phrase after "nach" names its speaker after it, like "laut". */
    private static final CueLexicon.Entry SOURCE = new CueLexicon.Entry(List.of("nach"), false, true, false, false, false,
            false, false, false);
    /** "nach eigenen Angaben": the source is the subject of the clause, the whole sentence its report. */
    private static final CueLexicon.Entry OWN_SOURCE = new CueLexicon.Entry(List.of("nach"), false, false, false, false,
            false, true, false, false);
    /** A source phrase before "nach" (seiner Ansicht nach, dem Vernehmen nach) names its speaker before it. */
    private static final CueLexicon.Entry SOURCE_BEFORE = new CueLexicon.Entry(List.of("nach"), false, false, true, false,
            false, false, false, false);
    private static final List<String> SOURCE_NOUNS = WordLists.resource("source-nouns-de.txt");
    /** Most words between "nach" and its source noun (nach den jüngsten offiziellen Angaben). */
    private static final int SOURCE_GAP = 3;

    private final CueLexicon lexicon;

    CueFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Cue> find(TextView v) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.quoted(i)) continue;
            if (v.isWord(i, "nach")) {
                Cue c = sourcePhrase(v, i);
                if (c == null) c = postposedSource(v, i);
                if (c != null) out.add(c);
                continue;
            }
            if (looksLikeNoun(v, i)) continue;
            for (CueLexicon.Entry e : lexicon.entries(v.word(i))) {
                Cue c = match(v, i, e);
                if (c != null) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** "nach Angaben der Polizei", "Nach Polizeiangaben": nach, a few modifiers, a source noun. */
    private static Cue sourcePhrase(TextView v, int i) {
        int s = v.sentence(i);
        for (int j = i + 1; j <= Math.min(v.size() - 1, i + SOURCE_GAP) && v.sentence(j) == s && !v.quoted(j); j++) {
            if (isSourceNoun(v, j)) {
                boolean own = j > i + 1 && v.lower(j - 1).startsWith("eigene");
                return new Cue(List.of(i, j), v.word(i) + " " + v.word(j), own ? OWN_SOURCE : SOURCE);
            }
            // a genitive name may stand before the noun: nach Müllers Angaben
            if (!(v.isTag(j, "DET") || v.isTag(j, "ADJ") || v.isTag(j, "PRON") || v.isTag(j, "NUM")
                    || v.isTag(j, "PROPN") && v.lower(j).endsWith("s"))) {
                return null;
            }
        }
        return null;
    }

    /** "seiner Ansicht nach", "dem Vernehmen nach": a source noun right before "nach". */
    private static Cue postposedSource(TextView v, int i) {
        int j = i - 1;
        if (j < 1 || v.sentence(j) != v.sentence(i) || v.quoted(j) || !isSourceNoun(v, j)) return null;
        // seiner/dem/eigenen before the noun; no noun phrase after "nach", which would make it a direction (den Bericht nach Berlin)
        if (!(v.isTag(j - 1, "DET") || v.isTag(j - 1, "PRON") || v.isTag(j - 1, "ADJ"))) return null;
        int k = i + 1;
        if (k < v.size() && v.sentence(k) == v.sentence(i) && (v.mentionAt(k) != null || v.isTag(k, "NOUN")
                || v.isTag(k, "PROPN") || v.isTag(k, "DET") || v.isTag(k, "NUM"))) {
            return null;
        }
        return new Cue(List.of(j, i), v.word(j) + " " + v.word(i), SOURCE_BEFORE);
    }

    static boolean isSourceNoun(TextView v, int j) {
        return Character.isUpperCase(v.word(j).charAt(0)) && sourceSuffix(v.lower(j)) > 0;
    }

    /** The length of the longest source noun that the lower-cased {@code word} ends with (Polizei|angaben), or 0. */
    static int sourceSuffix(String word) {
        int best = 0;
        for (String s : SOURCE_NOUNS) if (s.length() > best && word.endsWith(s)) best = s.length();
        return best;
    }

    /** German capitalises nouns: a capitalised word that does not start its sentence is no verb. */
    private static boolean looksLikeNoun(TextView v, int i) {
        if (v.isTag(i, "NOUN") || v.isTag(i, "PROPN")) return true;
        boolean capital = Character.isUpperCase(v.word(i).charAt(0));
        return capital && i != v.sentFirst(v.sentence(i)) && !afterBoundary(v, i);
    }

    private static boolean afterBoundary(TextView v, int i) {
        return i > 0 && (v.quoted(i - 1) || v.word(i - 1).equals(":"));
    }

    private static Cue match(TextView v, int i, CueLexicon.Entry e) {
        if (e.postposed() && (!postposedPlace(v, i) || !speakerFollows(v, i))) return null;
        List<Integer> toks = new ArrayList<>(List.of(i));
        StringBuilder text = new StringBuilder(v.word(i));
        int j = i + 1;
        for (String w : e.words().subList(1, e.words().size())) {
            j = later(v, i, j, w);
            if (j < 0) return null;
            toks.add(j);
            text.append(' ').append(v.word(j));
            j++;
        }
        return new Cue(toks, text.toString(), e);
    }

    /**
     * The next token from {@code j} on that is word {@code w} in the clause of token {@code i}, or -1:
     * within a few words, or further when it closes the clause, as a separable particle does ("sicherte
     * X kurz vor dem Ende der Mission zu"); quoted words lie inside the clause and do not count ("wies
     * die Vorwürfe als „haltlos“ zurück").
     */
    private static int later(TextView v, int i, int j, String w) {
        int seen = 0;
        Clauses clauses = new Clauses(v);
        for (; j < v.size() && v.sentence(j) == v.sentence(i); j++) {
            if (v.quoted(j)) continue;
            // "teilte der Sprecher, Peter Lang, mit": the particle closes the clause after an apposition
            int closing = appositionClosing(v, clauses, j);
            if (closing > 0) {
                j = closing;
                continue;
            }
            if (CLAUSE_ENDS.contains(v.word(j)) || ++seen > LONG_WINDOW) return -1;
            if (v.isWord(j, w) && (seen <= WINDOW || closesClause(v, i, j))) return j;
        }
        return -1;
    }

    /** The comma closing the apposition the comma at {@code j} opens, or -1. */
    private static int appositionClosing(TextView v, Clauses clauses, int j) {
        if (!v.word(j).equals(",")) return -1;
        for (int k = j + 2; k < v.size() && v.sentence(k) == v.sentence(j); k++) {
            if (v.word(k).equals(",")) return clauses.appositionOpening(k) == j ? k : -1;
        }
        return -1;
    }

    private static boolean closesClause(TextView v, int i, int j) {
        return j + 1 >= v.size() || v.sentence(j + 1) != v.sentence(i) || v.quoted(j + 1)
                || ",.;:!?–".contains(v.word(j + 1));
    }

    /** "so der Minister", "so Berger": a noun phrase follows, not "so dass" or "so sind". */
    private static boolean speakerFollows(TextView v, int i) {
        if (i + 1 >= v.size() || v.sentence(i + 1) != v.sentence(i)) return false;
        return v.mentionAt(i + 1) != null || v.isTag(i + 1, "DET") || v.isTag(i + 1, "PROPN")
                || v.isTag(i + 1, "NOUN") || v.isTag(i + 1, "ADJ") || v.isTag(i + 1, "PRON") && !v.isWord(i + 1, "dass");
    }

    /** Right after a comma, a dash or a closing quote mark, as in „…“, so X. */
    static boolean postposedPlace(TextView v, int i) {
        if (i == 0) return false;
        String p = v.word(i - 1);
        if (v.quoted(i - 1)) return true;
        return p.endsWith(",") || p.equals("-") || p.equals("–") || p.equals("—")
                || (p.length() == 1 && QuoteMarks.isMark(p.charAt(0)));
    }
}
