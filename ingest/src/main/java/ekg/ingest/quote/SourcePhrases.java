package ekg.ingest.quote;

import ekg.ingest.morph.GermanLexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speaker a source phrase names when no name, role or body stands in it: "nach Angaben der
 * Kommandozentrale" (whose statements: the genitive), "laut Polizeiangaben", "Medienberichten zufolge"
 * (a compound that says whose), "nach palästinensischen Angaben", "offiziellen Angaben zufolge" (an
 * adjective that says whose). The phrase itself is then the speaker, as a text is ({@link UnnamedSpeakers}).
 * A phrase that says no whose speaks when it names a text or finding: "Berichten zufolge", "laut
 * Gesetz", "der Studie zufolge" (the sentence rests on reports, on the law, on a study, and the graph
 * says so); a bare "nach ersten Angaben" names no one, nor does an owner's "seiner Ansicht nach" name
 * its owner.
 */
final class SourcePhrases {
    /** Adjectives that say whose statements they are without a name: amtlich, offiziell, polizeilich. */
    private static final List<String> OFFICIAL = List.of("offiziell", "inoffiziell", "amtlich", "behördlich",
            "polizeilich", "staatlich", "regierungsamtlich", "ärztlich", "gerichtlich", "kirchlich");
    /** Words that open the attribute naming whose statements they are: Angaben der Polizei, seines Anwalts, von Kritikern. */
    private static final Set<String> GENITIVE = Set.of("des", "der", "eines", "einer", "von", "vom", "seines", "seiner",
            "ihres", "ihrer", "einiger", "mehrerer", "zweier", "dreier", "beider", "vieler");
    /** Most words a name in quote marks may have to be taken for a source: laut „BBC News“. */
    private static final int QUOTED_NAME = 5;
    /** The least letters before the source word that make a compound name its source (Polizei|angaben). */
    private static final int PREFIX = 3;
    private static final int NOUN_GAP = 3;
    /**
     * The preposition whose noun phrase is always the source: laut X (not "nach X", which may be a time or a
     * place, nor "gemäß X", which mostly names a rule: gemäß den Vergabebestimmungen).
     */
    private static final String LAUT = "laut";
    /** Determiners that make a source noun someone's: seiner Ansicht nach, eigenen Angaben zufolge, deren Angaben. */
    private static final List<String> POSSESSIVES = List.of("sein", "ihr", "dessen", "deren", "eigen", "unser", "mein");

    private final TextView v;

    SourcePhrases(TextView v) {
        this.v = v;
    }

    /** The speaker of a source phrase after {@code cue} (nach Angaben …, laut …, gemäß …), or null. */
    Speaker after(Cue cue) {
        int last = cue.tokens().get(cue.tokens().size() - 1);
        if (CueFinder.isSourceNoun(v, last)) return of(last);
        boolean laut = LAUT.equals(v.lower(cue.first()));
        for (int k = last + 1; k < Math.min(v.size(), last + 1 + NOUN_GAP) && v.sentence(k) == v.sentence(last); k++) {
            if (v.quoted(k)) return quotedName(k);
            if (CueFinder.isSourceNoun(v, k)) return of(k);
            if (laut && unknownName(k)) return UnnamedSpeakers.words(v, k, k);
            // laut Gesetz, laut einer Studie der Universität: after "laut" any noun phrase is the source
            if (laut && v.isTag(k, "NOUN") && Character.isUpperCase(v.word(k).charAt(0))) return of(k);
            if (!(v.isTag(k, "DET") || v.isTag(k, "ADJ") || v.isTag(k, "NUM"))) return null;
        }
        return null;
    }

    /**
     * A capitalised word that no name finder took for a name and that the German lexicon knows neither as
     * a common noun nor as an adjective: after "laut" it names the source (laut Stadtkurier), where a known
     * noun names a text or rule that says so ("laut Gesetz", "laut Plan").
     */
    private boolean unknownName(int k) {
        String w = v.word(k);
        if (v.mentionAt(k) != null || !(v.isTag(k, "NOUN") || v.isTag(k, "PROPN")) || !Character.isUpperCase(w.charAt(0))) return false;
        GermanLexicon lex = GermanLexicon.get();
        return !lex.any(w, f -> f.isCommonNoun()) && !lex.any(w.toLowerCase(Locale.ROOT), f -> f.tag().startsWith("ADJ"));
    }

    /** The speaker of a source phrase ending right before "zufolge" at {@code at}, or null. */
    Speaker before(int at) {
        int k = at - 1;
        if (k < 0 || v.sentence(k) != v.sentence(at) || v.quoted(k)) return null;
        // the tagger may take a noun opening the sentence for an adjective: "Berichten zufolge …"
        boolean opening = k == v.sentFirst(v.sentence(k)) && CueFinder.isSourceNoun(v, k);
        if (!v.isTag(k, "NOUN") && !opening) return null;
        if (CueFinder.isSourceNoun(v, k)) return itself(k);
        // Angaben der Kommandozentrale zufolge: the genitive of a source noun
        int head = k - 1;
        while (head > 0 && v.isTag(head, "ADJ")) head--;
        if (head > 0 && GENITIVE.contains(v.lower(head)) && CueFinder.isSourceNoun(v, head - 1)) return UnnamedSpeakers.at(v, k);
        return null;
    }

    /**
     * The text an impersonal cue quotes, in a phrase with "in" (or "auf" for a page) in the cue's clause: "In
     * dem Bericht heißt es", "hieß es in einer Erklärung des Verbands" (the body named in its genitive),
     * "heißt es auf seiner Homepage"; null when there is none.
     */
    Speaker document(Cue cue, int from) {
        int s = v.sentence(cue.first());
        for (int k = Math.max(from, 0); k <= v.sentLast(s); k++) {
            // the quote before the cue („…“, heißt es in …) is skipped; the clause after it ends at a comma or colon
            if (k > cue.first() && (v.quoted(k) || v.word(k).equals(",") || v.word(k).equals(":"))) return null;
            if (v.quoted(k)) continue;
            // "Aus Rom hieß es", "Aus dem Ministerium hieß es": the place or body the words came from
            if (v.isWord(k, "aus") && k < cue.first()) {
                Speaker origin = origin(k + 1, cue.first());
                if (origin != null) return origin;
            }
            // a page is read on, not in: "auf seiner Homepage heißt es"
            if (!(v.isWord(k, "in") || v.isWord(k, "im") || v.isWord(k, "auf"))) continue;
            int j = k + 1;
            while (j < v.sentLast(s) && !v.quoted(j) && (v.isTag(j, "DET") || v.isTag(j, "ADJ") || v.isTag(j, "NUM"))) j++;
            if (UnnamedSpeakers.isDocument(v, j)) return ofDocument(j);
        }
        return null;
    }

    /** A name or a body from {@code k} on, past articles and adjectives, before {@code limit}; null if none. */
    private Speaker origin(int k, int limit) {
        int j = k;
        while (j < limit && !v.quoted(j) && (v.isTag(j, "DET") || v.isTag(j, "ADJ"))) j++;
        if (j >= limit || v.quoted(j)) return null;
        if (v.mentionAt(j) != null && !v.compoundModifier(j)) return named(j);
        return UnnamedSpeakers.isBodyOrGroup(v, j) && !UnnamedSpeakers.isGroup(v, j) ? UnnamedSpeakers.at(v, j) : null;
    }

    /** Eine Erklärung des Verbands Nordwerk: the name in its genitive speaks; else the text itself. */
    private Speaker ofDocument(int doc) {
        int k = doc + 1;
        if (k + 1 < v.size() && GENITIVE.contains(v.lower(k)) && v.sentence(k) == v.sentence(doc)) {
            for (int j = k + 1; j <= Math.min(v.sentLast(v.sentence(doc)), k + NOUN_GAP); j++) {
                if (v.mentionAt(j) != null && !v.quoted(j)) return new Speaker(v.mentionAt(j).span(), v.entityKey(v.mentionAt(j).span()));
                if (!(v.isTag(j, "DET") || v.isTag(j, "ADJ") || v.isTag(j, "NOUN"))) break;
            }
        }
        return UnnamedSpeakers.at(v, doc);
    }

    /**
     * The source the noun at {@code noun} names: its genitive or von-phrase (Angaben der Bergwacht, eines
     * Werftsprechers, informierter Kreise, der „Stadtzeitung“), a place after "aus" (Angaben aus Kassel),
     * else itself unless it is an owner's.
     */
    private Speaker of(int noun) {
        int k = noun + 1;
        if (k >= v.size() || v.sentence(k) != v.sentence(noun)) return itself(noun);
        if (v.isWord(k, "aus") && k + 1 < v.size() && v.mentionAt(k + 1) != null && !v.quoted(k + 1)) return named(k + 1);
        // nach Angaben informierter Kreise: a genitive plural needs no article
        boolean genitive = GENITIVE.contains(v.lower(k)) || v.isTag(k, "ADJ") && v.lower(k).endsWith("er");
        if (!genitive) return itself(noun);
        int j = GENITIVE.contains(v.lower(k)) ? k + 1 : k;
        while (j < v.size() && (v.isTag(j, "ADJ") || v.isTag(j, "DET")) && v.sentence(j) == v.sentence(noun) && !v.quoted(j)) j++;
        if (j >= v.size() || v.sentence(j) != v.sentence(noun)) return null;
        if (v.quoted(j)) return quotedName(j);
        if (v.mentionAt(j) != null) return named(j);
        boolean word = v.isTag(j, "NOUN") || v.isTag(j, "PROPN");
        if (!word || !Character.isUpperCase(v.word(j).charAt(0))) return null;
        // des Magazins „Stadtblick“, des Senders Radio Nord: the name after its title noun
        if (j + 1 < v.size() && v.mentionAt(j + 1) != null && !v.quoted(j + 1)) return named(j + 1);
        Speaker title = j + 1 < v.size() && v.quoted(j + 1) ? quotedName(j + 1) : null;
        return title != null ? title : UnnamedSpeakers.at(v, j);
    }

    /**
     * A medium's name in quote marks as the subject of the cue at {@code at}: after a trailing cue („…“,
     * schreibt die „Stadtzeitung“: the words quoted come first, so the name after the cue is its subject,
     * not its object as in "sprach von „…“"), or right before the cue (Die „Stadtzeitung“ schreibt).
     */
    Speaker quotedSubject(int at, Clauses clauses) {
        boolean trailing = at > 1 && (v.quoted(at - 1) || v.word(at - 1).equals(",") && v.quoted(at - 2));
        if (trailing) return quotedSubject(at + 1, Math.min(v.size(), at + 3));
        return clauses.inverted(at) ? null : quotedSubjectBefore(clauses.clauseStart(at), at);
    }

    /** A name in quote marks from {@code k} on, past an article; null if none. */
    private Speaker quotedSubject(int k, int limit) {
        int j = k;
        while (j < limit && !v.quoted(j) && (v.isTag(j, "DET") || v.isTag(j, "ADJ"))) j++;
        return j < limit && v.quoted(j) ? quotedName(j) : null;
    }

    /** Die „Stadtzeitung“ schreibt: an article, a name in quote marks, and the cue right after its closing mark. */
    private Speaker quotedSubjectBefore(int from, int at) {
        int open = from;
        if (open < at && v.isTag(open, "DET")) open++;
        if (open == from || open >= at - 1 || !v.quoted(open) || !v.quoted(at - 1)) return null;
        for (int j = open + 1; j < at - 1; j++) if (!v.quoted(j)) return null;
        return quotedName(open);
    }

    /** A text whose author the genitive names (ein Bericht der Stadtzeitung, die Erklärung von Nordwerk): the author's mention, else {@code k}. */
    int owner(int k) {
        if (!UnnamedSpeakers.isDocument(v, k) || k + 1 >= v.size() || !GENITIVE.contains(v.lower(k + 1))) return k;
        for (int j = k + 2; j <= Math.min(v.sentLast(v.sentence(k)), k + 1 + NOUN_GAP); j++) {
            if (v.mentionAt(j) != null && !v.quoted(j)) return j;
            // "einer Umfrage des Flughafens Kassel": a noun heads the genitive, the name after it is its own
            if (!(v.isTag(j, "DET") || v.isTag(j, "ADJ"))) return k;
        }
        return k;
    }

    /** „BBC News“ after laut: a short name in quote marks opening at {@code open}, its entity if the text names one. */
    private Speaker quotedName(int open) {
        if (!QuoteMarks.isMark(v.word(open).charAt(0)) || v.word(open).length() != 1) return null;
        int close = open + 1;
        while (close < v.size() && v.quoted(close) && !(v.word(close).length() == 1 && QuoteMarks.isMark(v.word(close).charAt(0)))) close++;
        if (close >= v.size() || close - open - 1 < 1 || close - open - 1 > QUOTED_NAME || !Character.isUpperCase(v.word(open + 1).charAt(0))) {
            return null;
        }
        for (int j = open + 1; j < close; j++) {
            if (".!?".contains(v.word(j))) return null;
            if (v.mentionAt(j) != null) return named(j);
            if (v.isTag(j, "VERB") || v.isTag(j, "AUX")) return null;
        }
        return UnnamedSpeakers.words(v, open + 1, close - 1);
    }

    private Speaker named(int k) {
        return new Speaker(v.mentionAt(k).span(), v.entityKey(v.mentionAt(k).span()));
    }

    /**
     * The phrase of the source noun at {@code noun} as the speaker when it says whose (a compound, an
     * adjective of origin) or names a text or finding that says so itself ("Berichten zufolge", "laut
     * Gesetz", "der Studie zufolge"); not bare statements with no one behind them ("nach ersten Angaben")
     * nor an owner's the phrase does not name ("seiner Ansicht nach").
     */
    private Speaker itself(int noun) {
        if (specific(noun)) return UnnamedSpeakers.at(v, noun);
        return !owned(noun) && UnnamedSpeakers.isText(v, noun) ? UnnamedSpeakers.at(v, noun) : null;
    }

    /** Whether a possessive stands before the noun, past adjectives: seiner Ansicht, eigenen Angaben. */
    private boolean owned(int noun) {
        for (int j = noun - 1; j >= 0 && v.sentence(j) == v.sentence(noun); j--) {
            String w = v.lower(j);
            if (POSSESSIVES.stream().anyMatch(w::startsWith)) return true;
            if (!v.isTag(j, "ADJ")) return false;
        }
        return false;
    }

    /** A compound that names its source (Polizeiangaben, NASA-Angaben) or an adjective of origin before it. */
    private boolean specific(int noun) {
        if (compound(v.lower(noun))) return true;
        int j = noun - 1;
        while (j >= 0 && v.isTag(j, "ADJ") && v.sentence(j) == v.sentence(noun)) {
            String a = v.lower(j);
            if (a.contains("isch") || OFFICIAL.stream().anyMatch(a::startsWith)) return true;
            j--;
        }
        return false;
    }

    /** Whether the lower-cased source noun names whose it is in its first part: Polizei|angaben, nasa-|angaben. */
    private static boolean compound(String lower) {
        return lower.length() - CueFinder.sourceSuffix(lower) >= PREFIX;
    }

    /**
     * Whether the source noun at {@code noun} may have its source after it: an attribute, a genitive or a
     * von-phrase or a name (Angaben der Polizei, von Zeugen, Angaben Müllers), after a noun that does not
     * name it itself. After "wurde nach Polizeiangaben" or "nach Angaben" without one, the noun phrase that
     * follows is the clause's own subject or object ("eine Frau verletzt").
     */
    static boolean attributeFollows(TextView v, int noun) {
        int k = noun + 1;
        if (compound(v.lower(noun)) || k >= v.size() || v.sentence(k) != v.sentence(noun) || v.quoted(k)) return false;
        return GENITIVE.contains(v.lower(k)) || v.mentionAt(k) != null;
    }

    static boolean isSourceWord(String word) {
        return CueFinder.sourceSuffix(word.toLowerCase(Locale.ROOT)) > 0;
    }
}
