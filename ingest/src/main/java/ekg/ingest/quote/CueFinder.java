package ekg.ingest.quote;

import java.util.ArrayList;
import java.util.List;

/** Finds the cues of a {@link CueLexicon} in the tokens outside quote marks. */
final class CueFinder {
    /** How far the later words of a cue (teilte … mit) may stand from its first. */
    private static final int WINDOW = 8;

    private final CueLexicon lexicon;

    CueFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Cue> find(TextView v) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.quoted(i) || looksLikeNoun(v, i)) continue;
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
        if (e.postposed() && !postposedPlace(v, i)) return null;
        List<Integer> toks = new ArrayList<>(List.of(i));
        StringBuilder text = new StringBuilder(v.word(i));
        int j = i + 1;
        for (String w : e.words().subList(1, e.words().size())) {
            while (j < v.size() && j <= i + WINDOW && inClause(v, i, j) && !v.isWord(j, w)) j++;
            if (j >= v.size() || j > i + WINDOW || !inClause(v, i, j)) return null;
            toks.add(j);
            text.append(' ').append(v.word(j));
            j++;
        }
        return new Cue(toks, text.toString(), e);
    }

    private static boolean inClause(TextView v, int i, int j) {
        if (v.sentence(j) != v.sentence(i) || v.quoted(j)) return false;
        String w = v.word(j);
        return !(w.equals(",") || w.equals(":") || w.equals(";"));
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
