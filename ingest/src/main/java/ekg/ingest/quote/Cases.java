package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;

/**
 * What the words around a noun phrase show of its case, where German marks it without a parser: a
 * name with the genitive "s" before a noun owns that noun ("Ryders Sprecher"), and "der" before a
 * feminine noun is a dative or genitive ("Der Zeitung sagte sie"), so neither is a subject.
 */
final class Cases {
    /** The shortest last part of a compound that is taken for its head noun. */
    private static final int MIN_PART = 4;

    private Cases() {}

    /**
     * "Ryders Sprecher", "Nordwerks Partei": the name at {@code k} ends in the genitive "s", which its
     * entity's other mentions lack (not "laut Nordstahl Aufträgen"), and a noun follows it.
     */
    static boolean possessor(TextView v, int k) {
        int last = v.mentionLast(k);
        String w = v.word(last);
        int next = last + 1;
        if (!(w.endsWith("s") || w.endsWith("’") || w.endsWith("'")) || w.length() < 3 || next >= v.size()) return false;
        if (!bareFormNamed(v, v.mentionAt(k), w.substring(0, w.length() - 1))) return false;
        if (v.sentence(next) != v.sentence(k) || !v.isTag(next, "NOUN") || v.mentionAt(next) != null || v.quoted(next)) return false;
        // "Norwegens Behörden": a country's or an organisation's own body speaks for it, as "ein Sprecher der Polizei" does
        return v.mentionAt(k).type() == EntityType.PER || !UnnamedSpeakers.isBodyOrGroup(v, next);
    }

    /** Whether another mention of the entity of {@code m} ends in {@code bare}: "Ryder" beside "Ryders". */
    private static boolean bareFormNamed(TextView v, Mention m, String bare) {
        String key = v.entityKey(m.span());
        if (key == null) return false;
        for (Mention o : v.doc.mentions()) {
            String t = o.text();
            if (t.endsWith(bare) && (t.length() == bare.length() || t.charAt(t.length() - bare.length() - 1) == ' ')
                    && key.equals(v.entityKey(o.span()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Der Zeitung", "der örtlichen Polizei": "der" or "einer" before the phrase from {@code first} to
     * {@code head}, whose head noun is feminine and never masculine, so the phrase is no nominative.
     */
    static boolean obliqueFeminine(TextView v, int first, int head) {
        int j = first - 1;
        while (j >= 0 && v.isTag(j, "ADJ")) j--;
        if (j < 0 || !(v.isWord(j, "der") || v.isWord(j, "einer")) || !(v.isTag(head, "NOUN") || v.isTag(head, "PROPN"))) return false;
        GermanLexicon lex = GermanLexicon.get();
        String w = lastPart(lex, v.word(head));
        return w != null && lex.any(w, f -> f.isCommonNoun() && f.has("FEM") && f.has("SIN"))
                && !lex.any(w, f -> f.isCommonNoun() && (f.has("MAS") || f.has("NEU")));
    }

    /** The word, or for a compound the lexicon lacks (Lokalzeitung) its longest known last part (Zeitung); null if none. */
    private static String lastPart(GermanLexicon lex, String w) {
        if (lex.knows(w)) return w;
        for (int i = 1; i + MIN_PART <= w.length(); i++) {
            String part = Character.toUpperCase(w.charAt(i)) + w.substring(i + 1);
            if (lex.knows(part)) return part;
        }
        return null;
    }
}
