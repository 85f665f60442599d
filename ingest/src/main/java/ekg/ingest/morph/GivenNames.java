package ekg.ingest.morph;

import java.util.List;

/** What the German lexicon says of a given name's gender, for every stage that must tell "er" from "sie". */
public final class GivenNames {
    public static final char FEMININE = 'F';
    public static final char MASCULINE = 'M';
    public static final char UNKNOWN = '?';

    private GivenNames() {
    }

    /** {@link #FEMININE} or {@link #MASCULINE} when the lexicon knows {@code word} as a given name of only that gender. */
    public static char gender(String word) {
        List<WordForm> forms = GermanLexicon.get().lookup(word);
        boolean fem = false;
        boolean mas = false;
        for (WordForm f : forms) {
            if (!f.tag().startsWith("EIG:") || !f.tag().endsWith(":VOR")) continue;
            fem |= f.tag().contains(":FEM:");
            mas |= f.tag().contains(":MAS:");
        }
        return fem == mas ? UNKNOWN : fem ? FEMININE : MASCULINE;
    }
}
