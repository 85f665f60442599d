package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;

import java.util.Locale;
import java.util.Set;

/**
 * The shape of German clauses around a cue, as {@link SpeakerFinder} reads it: where the cue's clause
 * starts, whether the cue opens it (so its subject follows), relative clauses and prepositional
 * phrases to skip.
 */
final class Clauses {
    /** Relative pronouns no article shares a spelling with ("für den Kanzler" opens no relative clause). */
    private static final Set<String> OWN_RELATIVE = Set.of("dessen", "deren", "welchem", "welcher", "welchen", "welche", "welches");
    static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "dessen", "deren",
            "denen", "welche", "welcher", "welches", "welchem", "welchen");
    static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die", "das", "ein", "eine", "kein", "keine");
    /** How many words an apposition set off by commas may have. */
    private static final int APPOSITION_REACH = 8;

    private final TextView v;

    Clauses(TextView v) {
        this.v = v;
    }

    /** Whether the word at {@code i} opens its clause, so that its subject follows it. */
    boolean inverted(int i) {
        if (i == 0 || i == v.sentFirst(v.sentence(i))) return true;
        // „…“ sagte X; but "Der Minister hat den Plan als „mutig“ bezeichnet": a verb after quoted words
        // inside the clause closes it, and its subject stands before
        if (v.quoted(i - 1)) return quoteOpensClause(i - 1);
        String p = v.word(i - 1);
        if (p.equals(":") || p.equals(";") || p.equals("(") || p.equals("-") || p.equals("–") || p.equals("—")) return true;
        if (p.length() == 1 && QuoteMarks.isMark(p.charAt(0))) return true;
        // "…“, wird Anna Berger, Sprecherin der Stadt, zitiert": after a verb the apposition is set off and
        // the clause runs on; a subject opening the sentence with appositions is apposedSubject's
        int opened = appositionOpening(i - 1);
        if (opened >= 0 && verbIn(v.sentFirst(v.sentence(i)), opened)) return inverted(opened);
        // "Der Grund, so vermutet die Zeitung, …": an inserted "so" and cue
        if (v.isWord(i - 1, "so") && i >= 2 && v.word(i - 2).endsWith(",")) return true;
        return p.endsWith(",") && !closesRelativeClause(i - 1);
    }

    /** The quoted words ending at token {@code last} stand first in their sentence or after a colon, dash or comma. */
    private boolean quoteOpensClause(int last) {
        int first = v.sentFirst(v.sentence(last));
        int k = last;
        while (k > first && v.quoted(k - 1)) k--;
        if (k == first) return true;
        String p = v.word(k - 1);
        return p.equals(":") || p.endsWith(",") || p.equals("–") || p.equals("-") || p.equals("—") || p.equals("(");
    }

    /** The clause of the cue opens with an article that may be nominative (die, eine): its noun phrase may be the subject. */
    boolean nominativeStart(int at) {
        return NOMINATIVE_ARTICLES.contains(v.lower(clauseStart(at)));
    }

    /** "Berger, der … erwartet wurde, versicherte": the comma ends a relative clause, not the reported words. */
    boolean closesRelativeClause(int comma) {
        int first = v.sentFirst(v.sentence(comma));
        int j = comma - 1;
        while (j >= first && !v.word(j).endsWith(",")) {
            if (v.quoted(j)) return false;
            j--;
        }
        if (j <= first) return false;
        if (!startsRelativeClause(j + 1, comma) || !(v.isTag(j - 1, "NOUN") || v.isTag(j - 1, "PROPN"))) return false;
        // "Das ist ein Risiko, das unterschätzt wird, sagte X": a main clause before the relative clause is the quote
        for (int k = first; k < j; k++) {
            if (!v.quoted(k) && (v.isTag(k, "VERB") || v.isTag(k, "AUX"))) return false;
        }
        return true;
    }

    boolean startsRelativeClause(int k, int limit) {
        if (k >= limit) return false;
        if (RELATIVE.contains(v.lower(k))) return true;
        return v.isTag(k, "ADP") && k + 1 < limit && RELATIVE.contains(v.lower(k + 1));
    }

    /**
     * Whether the words before the cue are an adverbial only (Am Montag sagte X), so that the subject
     * follows the verb; a verb or a noun outside a prepositional phrase there is the subject's clause.
     */
    boolean adverbialPrefield(int at) {
        int start = clauseStart(at);
        for (int k = start; k < at; k++) {
            if (v.quoted(k)) continue;
            // "In einem Bericht, der am Montag erschien, rechtfertigte X": the relative clause is the phrase's own
            if (v.word(k).equals(",") && startsRelativeClause(k + 1, at)) {
                k = skipTo(k, at, ",");
                continue;
            }
            if (v.isTag(k, "VERB") || v.isTag(k, "AUX")) return false;
            if ((v.isTag(k, "NOUN") || v.isTag(k, "PROPN")) && ppHead(k, start) < 0 && !adverb(k)) return false;
            // "Über Pat Ryder sagte …": a name's later words lie in the phrase its first word does
            if (v.mentionAt(k) != null) k = Math.max(k, Math.min(v.mentionLast(k), at - 1));
        }
        return true;
    }

    /**
     * The cue is a finite verb after the words that open its clause, with no verb before it: in a
     * German main clause that is the second place, and the subject follows it when those words hold
     * none ("Den Flüchtlingen sicherte Präsident Ryder zu, …").
     */
    boolean finiteSecond(int at) {
        int start = clauseStart(at);
        if (start >= at || v.isTag(start, "SCONJ")) return false;
        for (int k = start; k < at; k++) if (!v.quoted(k) && (v.isTag(k, "VERB") || v.isTag(k, "AUX"))) return false;
        return GermanLexicon.get().any(v.word(at).toLowerCase(Locale.ROOT), f -> f.tag().startsWith("VER:") && f.has("3"));
    }

    /** A sentence adverb the tagger took for a noun (Unterdessen, Derweil): the lexicon knows it as an adverb. */
    boolean adverb(int k) {
        return v.mentionAt(k) == null && GermanLexicon.get().any(v.lower(k), f -> f.tag().startsWith("ADV"));
    }

    int clauseStart(int at) {
        int first = v.sentFirst(v.sentence(at));
        for (int j = at - 1; j >= first; j--) {
            String w = v.word(j);
            int opened = appositionOpening(j);
            if (opened > first) {
                j = opened;
                continue;
            }
            if (w.equals(":") || w.equals(";")) return j + 1;
            // a dash between spaces, not the hyphen of "Fraktions- und Parteichefs"
            boolean dash = (w.equals("–") || w.equals("-") || w.equals("—")) && j > first
                    && v.token(j).span().begin() > v.token(j - 1).span().end();
            // ", und Y sagte" opens a clause with its own subject; ", und sagte" shares the subject before
            if ((w.endsWith(",") || dash) && j + 2 < at && v.isTag(j + 1, "CCONJ")) return j + 2;
            // "…, wie die Polizei mitteilte": the wie-clause has its own subject
            if (w.endsWith(",") && j + 1 < at && v.isWord(j + 1, "wie")) return j + 1;
            // "…, dass Y gefragt habe": so does a subordinate clause
            if (w.endsWith(",") && j + 1 < at && v.isTag(j + 1, "SCONJ")) return j + 1;
            // "…, in dessen Folge das Gericht festgestellt hatte": and a relative clause opened by a preposition
            if (w.endsWith(",") && j + 2 < at && v.isTag(j + 1, "ADP") && OWN_RELATIVE.contains(v.lower(j + 2))
                    && noCommaBetween(j + 2, at)) {
                return j + 1;
            }
            // "X nannte es „…“, Y bezeichnete es als …": a main clause after a main clause
            if (w.endsWith(",") && j > first && nameWithoutVerb(j + 1, at) && verbIn(first, j)) return j + 1;
        }
        return afterDateline(Math.max(first, 0), at);
    }

    /**
     * The comma that opens the apposition the comma at {@code comma} closes, or -1: a person's or a
     * body's name or a role set off by commas after a name or a role, with no verb, conjunction or quoted
     * word between ("der Sprecher der Fraktion, Peter Lang, teilte … mit", "wird Anna Berger, Sprecherin
     * der Stadt, zitiert"); not an enumeration of things ("zwei Finger, eine Prothese, sagt er").
     */
    int appositionOpening(int comma) {
        if (comma <= 0 || !v.word(comma).equals(",")) return -1;
        int first = v.sentFirst(v.sentence(comma));
        int open = -1;
        for (int k = comma - 1; k > first && k >= comma - APPOSITION_REACH; k--) {
            if (v.word(k).equals(",")) {
                open = k;
                break;
            }
            if (v.quoted(k) || v.isTag(k, "VERB") || v.isTag(k, "AUX") || v.isTag(k, "SCONJ") || v.isTag(k, "CCONJ")
                    || v.isTag(k, "PRON")) {
                return -1;
            }
        }
        if (open < 0 || open + 1 >= comma) return -1;
        int name = v.nameStart(open - 1);
        if (!(name >= 0 && v.mentionAt(name).type() != EntityType.LOC || role(open - 1))) return -1;
        for (int k = open + 1; k < comma; k++) {
            if (v.mentionAt(k) != null && v.mentionAt(k).type() != EntityType.LOC || role(k)) return open;
        }
        return -1;
    }

    /** A noun naming a role ("Sprecherin", "Geschäftsführer der Fraktion"), or the body a role belongs to. */
    private boolean role(int k) {
        return genitiveHead(k) >= 0 || v.isTag(k, "NOUN") && SpeakerFinder.roleWord(v.lower(k));
    }

    /** No comma in tokens {@code (from, to)}: a relative clause opened at {@code from} still runs at {@code to}. */
    private boolean noCommaBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) if (v.word(k).equals(",")) return false;
        return true;
    }

    /** "Wien/Graz – Die Ministerin sagte": the places of a dateline before a dash are no part of the clause. */
    private int afterDateline(int first, int at) {
        int k = first;
        while (k < at && (v.mentionAt(k) != null && v.mentionAt(k).type() == EntityType.LOC || v.word(k).equals("/"))) {
            k = v.mentionAt(k) != null ? v.mentionLast(k) + 1 : k + 1;
        }
        boolean dash = k > first && k < at && (v.word(k).equals("–") || v.word(k).equals("-") || v.word(k).equals("—"));
        return dash ? k + 1 : first;
    }

    private boolean nameWithoutVerb(int from, int to) {
        boolean name = false;
        for (int k = from; k < to; k++) {
            if (v.quoted(k) || v.isTag(k, "VERB") || v.isTag(k, "AUX") || v.word(k).endsWith(",")) return false;
            name |= v.mentionAt(k) != null;
        }
        return name;
    }

    private boolean verbIn(int from, int to) {
        for (int k = from; k < to; k++) if (!v.quoted(k) && (v.isTag(k, "VERB") || v.isTag(k, "AUX"))) return true;
        return false;
    }

    int skipTo(int k, int limit, String closer) {
        int j = k + 1;
        while (j < limit && !v.word(j).equals(closer)) j++;
        return j;
    }

    /** The preposition governing the noun phrase that ends in the mention at {@code k}, or -1. */
    int ppHead(int k, int lowerBound) {
        for (int j = k - 1; j >= Math.max(lowerBound, 0); j--) {
            if (v.isWord(j, "wie") || v.isWord(j, "als")) return -1;
            // laut and gemäß are prepositions even where the tagger reads an adjective
            if (v.isTag(j, "ADP") || v.isWord(j, "laut") || v.isWord(j, "gemäß")) return j;
            // a name ends the noun phrase, unless it is an adjective in it: vor dem Berliner Konzert
            if (!NOUN_PHRASE.contains(v.pos(j)) || v.partOfName(j) && !v.isTag(j, "ADJ")) return -1;
        }
        return -1;
    }

    /** No verb between the start of the cue's clause and the cue: the words before it are a noun phrase. */
    boolean noVerbBefore(int at) {
        int start = clauseStart(at);
        if (start >= at) return false;
        for (int k = start; k < at; k++) {
            if (!v.quoted(k) && (v.isTag(k, "VERB") || v.isTag(k, "AUX"))) return false;
        }
        return true;
    }

    /**
     * The cue follows a comma that closes an apposition to the sentence's subject ("Die Sprecherin
     * der Stadt, Eva Jung, kritisierte …"): from the sentence start to the cue only a noun phrase with
     * commas, no verb, no quote, no opening preposition.
     */
    boolean apposedSubject(int at) {
        int first = clauseStart(at);
        if (at - 2 <= first || !v.word(at - 1).equals(",") || afterDateline(v.sentFirst(v.sentence(at)), at) != first
                || v.isTag(first, "ADP")) {
            return false;
        }
        int commas = 0;
        for (int k = first; k < at; k++) {
            if (v.quoted(k) || v.isTag(k, "VERB") || v.isTag(k, "AUX") || v.isTag(k, "SCONJ")) return false;
            if (v.word(k).equals(",")) commas++;
        }
        return commas >= 2;
    }

    /**
     * A person's name set off by commas: followed by a comma, full stop, preposition or the sentence
     * end. After a role in the genitive (der Sprecher des Ministeriums, …) any name will do, since the
     * apposition names the role's holder even when the name finder mistyped it.
     */
    boolean appositive(int k, boolean anyType) {
        if (k >= v.size()) return false;
        Mention m = v.mentionAt(k);
        if (m == null || (m.type() != EntityType.PER && !anyType) || v.sentence(k) != v.sentence(k - 1)) return false;
        int next = v.mentionLast(k) + 1;
        if (next > v.sentLast(v.sentence(k))) return true;
        String w = v.word(next);
        return w.equals(",") || w.equals(".") || w.equals(")") || v.isTag(next, "ADP");
    }

    /** The noun phrase at {@code head} is a genitive attribute of a common noun: Sprecher des Ministeriums. */
    boolean roleGenitive(int head) {
        return genitiveHead(head) >= 0;
    }

    /** The common noun whose genitive attribute the noun phrase at {@code head} is, or -1. */
    int genitiveHead(int head) {
        int j = head - 1;
        while (j > 0 && v.isTag(j, "ADJ")) j--;
        return j > 0 && (v.isWord(j, "des") || v.isWord(j, "der")) && v.isTag(j - 1, "NOUN") ? j - 1 : -1;
    }

    /** The last word of the noun phrase from {@code k} (k - 1 when none starts there): articles, adjectives, nouns, names. */
    int nounPhraseEnd(int k, int limit) {
        int j = k - 1;
        while (j + 1 <= limit && (NOUN_PHRASE.contains(v.pos(j + 1)) || v.partOfName(j + 1))) j++;
        return j;
    }

    /** A capitalised "Sie" inside a sentence addresses the reader. */
    boolean formalAddress(int k) {
        return Character.isUpperCase(v.word(k).charAt(0)) && k != v.sentFirst(v.sentence(k))
                && !v.quoted(k - 1) && !v.word(k - 1).equals(":");
    }
}
