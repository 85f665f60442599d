package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;

import java.util.List;
import java.util.Set;

/**
 * Finds the speaker a cue names, by the word order of German clauses. After a comma, a quote or at
 * the start of a sentence the cue verb comes first and its subject follows („…“, sagte X); otherwise
 * the subject stands before it (X sagte: „…“), or follows when the clause opens with something else
 * (Am Montag sagte X). Candidates are PER/ORG/LOC mentions outside prepositional phrases, and
 * er/sie, which {@link PronounResolver} settles or rejects. No speaker rather than a guess.
 */
final class SpeakerFinder {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie");
    private static final Set<String> BEFORE_PRONOUNS = Set.of("er", "sie", "ihm", "ihr");
    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "dessen", "deren",
            "denen", "welche", "welcher", "welches", "welchem", "welchen");
    /** Prepositions that name a speaker: Für X ist klar, laut X. */
    private static final Set<String> ATTRIBUTING = Set.of("für", "laut");
    private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final int AFTER_LIMIT = 12;

    private static final List<String> ROLE_NOUNS = WordLists.resource("role-nouns-de.txt");

    private final TextView v;
    private final PronounResolver pronouns;
    private final RoleNounResolver roles;

    SpeakerFinder(TextView v) {
        this.v = v;
        this.pronouns = new PronounResolver(v);
        this.roles = new RoleNounResolver(v, ROLE_NOUNS, pronouns);
    }

    /** The speaker {@code cue} names, or null when its clause does not settle one. */
    Speaker find(Cue cue) {
        CueLexicon.Entry e = cue.entry();
        int at = cue.first();
        int cand;
        if (e.speakerBefore()) {
            cand = justBefore(at);
        } else if (e.speakerAfter() || inverted(at)) {
            cand = after(cue);
            // "Der Sprecher des Vereins, Jan Roth, sagte: …": the comma closed an apposition
            if (cand < 0 && !e.speakerAfter() && noVerbBefore(at)) cand = prefield(at);
        } else {
            cand = prefield(at);
            if (cand < 0 && adverbialPrefield(at)) cand = after(cue);
            if (cand < 0) cand = attributingPhrase(at);
        }
        if (cand < 0 && e.speakerAfter()) cand = roleRightAfter(cue);
        else if (cand < 0 && !e.speakerBefore()) cand = roleSubject(at, inverted(at));
        return cand < 0 ? null : resolve(cand);
    }

    /**
     * The subject of the clause before a colon that introduces a quote without a cue verb ("Der
     * Trainer gab sich gelassen: „…“"), or null.
     */
    Speaker frameSpeaker(int colon) {
        int cand = prefield(colon);
        return cand < 0 ? null : resolve(cand);
    }

    /**
     * A role noun as the subject when no name stands there (…, sagte der Sprecher): after the cue when
     * the subject follows it, else between the clause start and the cue. A role right before a name
     * is that name's title, not the subject.
     */
    private int roleSubject(int at, boolean afterCue) {
        int from = afterCue ? at + 1 : clauseStart(at);
        int to = afterCue ? Math.min(v.sentLast(v.sentence(at)), at + AFTER_LIMIT) : at - 1;
        for (int k = from; k <= to; k++) {
            if (v.quoted(k) || v.word(k).equals(":")) return -1;
            boolean titled = k + 1 < v.size() && (v.mentionAt(k + 1) != null || v.isTag(k + 1, "PROPN"));
            if (roles.isRole(k) && !titled && ppHead(k, from) < 0) return k;
        }
        return -1;
    }

    /** laut dem Sprecher, nach Angaben der Sprecherin: a role in the noun phrase right after the cue. */
    private int roleRightAfter(Cue cue) {
        int from = cue.tokens().get(cue.tokens().size() - 1) + 1;
        for (int k = from; k < Math.min(v.size(), from + 3); k++) {
            if (roles.isRole(k)) return k;
            if (!(v.isTag(k, "DET") || v.isTag(k, "ADJ"))) return -1;
        }
        return -1;
    }

    private Speaker resolve(int cand) {
        Mention m = v.mentionAt(cand);
        if (m == null) return roles.isRole(cand) ? roles.resolve(cand) : pronouns.resolve(cand);
        return new Speaker(m.span(), v.entityKey(m.span()));
    }

    /** No verb between the start of the cue's clause and the cue: the words before it are a noun phrase. */
    private boolean noVerbBefore(int at) {
        int start = clauseStart(at);
        if (start >= at) return false;
        for (int k = start; k < at; k++) {
            if (!v.quoted(k) && (v.isTag(k, "VERB") || v.isTag(k, "AUX"))) return false;
        }
        return true;
    }

    /** Whether the word at {@code i} opens its clause, so that its subject follows it. */
    boolean inverted(int i) {
        if (i == 0 || i == v.sentFirst(v.sentence(i)) || v.quoted(i - 1)) return true;
        String p = v.word(i - 1);
        if (p.equals(":") || p.equals(";") || p.equals("(") || p.equals("-") || p.equals("–") || p.equals("—")) return true;
        if (p.length() == 1 && QuoteMarks.isMark(p.charAt(0))) return true;
        return p.endsWith(",") && !closesRelativeClause(i - 1);
    }

    /** "Putin, der … erwartet wurde, versicherte": the comma ends a relative clause, not the reported words. */
    private boolean closesRelativeClause(int comma) {
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

    private boolean startsRelativeClause(int k, int limit) {
        if (k >= limit) return false;
        if (RELATIVE.contains(v.lower(k))) return true;
        return v.isTag(k, "ADP") && k + 1 < limit && RELATIVE.contains(v.lower(k + 1));
    }

    /** The first candidate between the start of the cue's clause and the cue, skipping inserts. */
    private int prefield(int at) {
        int start = clauseStart(at);
        for (int k = start; k < at; k++) {
            if (v.quoted(k)) continue;
            if (v.word(k).equals("(")) {
                k = skipTo(k, at, ")");
            } else if (v.word(k).endsWith(",") && startsRelativeClause(k + 1, at)) {
                k = skipTo(k, at, ",") - 1;
            } else if (isCandidate(k, start)) {
                return preferPerson(k);
            }
        }
        return -1;
    }

    /**
     * Whether the words before the cue are an adverbial only (Am Montag sagte X), so that the subject
     * follows the verb; a verb or a noun outside a prepositional phrase there is the subject's clause.
     */
    private boolean adverbialPrefield(int at) {
        int start = clauseStart(at);
        for (int k = start; k < at; k++) {
            if (v.quoted(k)) continue;
            if (v.isTag(k, "VERB") || v.isTag(k, "AUX")) return false;
            if ((v.isTag(k, "NOUN") || v.isTag(k, "PROPN")) && ppHead(k, start) < 0 && !adverb(k)) return false;
        }
        return true;
    }

    /** A sentence adverb the tagger took for a noun (Unterdessen, Derweil): the lexicon knows it as an adverb. */
    private boolean adverb(int k) {
        return v.mentionAt(k) == null && GermanLexicon.get().any(v.lower(k), f -> f.tag().startsWith("ADV"));
    }

    private int clauseStart(int at) {
        int first = v.sentFirst(v.sentence(at));
        for (int j = at - 1; j >= first; j--) {
            String w = v.word(j);
            if (w.equals(":") || w.equals(";")) return j + 1;
            // ", und Y sagte" opens a clause with its own subject; ", und sagte" shares the subject before
            if (w.endsWith(",") && j + 2 < at && v.isTag(j + 1, "CCONJ")) return j + 2;
            // "…, wie die Polizei mitteilte": the wie-clause has its own subject
            if (w.endsWith(",") && j + 1 < at && v.isWord(j + 1, "wie")) return j + 1;
        }
        return Math.max(first, 0);
    }

    private int skipTo(int k, int limit, String closer) {
        int j = k + 1;
        while (j < limit && !v.word(j).equals(closer)) j++;
        return j;
    }

    /** The subject after the cue: „…“, sagte der Sprecher des Ministeriums, Pat Ryder, in Berlin. */
    private int after(Cue cue) {
        int at = cue.first();
        int last = Math.min(v.sentLast(v.sentence(at)), at + AFTER_LIMIT);
        int lower = at + 1;
        if (cue.entry().speakerAfter()) {
            // nach Angaben von X, laut Angaben vom Ministerium: the source's own "von"
            lower = cue.tokens().get(cue.tokens().size() - 1) + 1;
            if (lower < v.size() && (v.isWord(lower, "von") || v.isWord(lower, "vom"))) lower++;
        }
        for (int k = at + 1; k <= last; k++) {
            if (cue.covers(k)) continue;
            if (v.quoted(k) || v.word(k).equals(":")) return -1;
            if (v.word(k).endsWith(",")) return appositive(k + 1, roleGenitive(k - 1)) ? k + 1 : -1;
            if (isCandidate(k, Math.max(lower, at + 1))) return preferPerson(k);
        }
        return -1;
    }

    /** X zufolge, ihm zufolge: the name or pronoun right before the cue. */
    private int justBefore(int at) {
        int first = v.sentFirst(v.sentence(at));
        for (int j = at - 1; j >= Math.max(first, at - 3); j--) {
            for (int k = j; k >= Math.max(first, j - 6); k--) {
                if (v.mentionAt(k) != null && v.mentionLast(k) >= j) return k;
            }
            if (BEFORE_PRONOUNS.contains(v.lower(j)) && v.isTag(j, "PRON")) return j;
        }
        return -1;
    }

    /** Für X ist klar: a name in an attributing prepositional phrase that opens the clause. */
    private int attributingPhrase(int at) {
        int start = clauseStart(at);
        if (!ATTRIBUTING.contains(v.lower(start))) return -1;
        for (int k = start + 1; k < at; k++) {
            if (v.mentionAt(k) != null && !v.quoted(k) && ppHead(k, start) == start) return preferPerson(k);
        }
        return -1;
    }

    private boolean isCandidate(int k, int lowerBound) {
        if (v.mentionAt(k) != null) return ppHead(k, lowerBound) < 0;
        return SUBJECT_PRONOUNS.contains(v.lower(k)) && v.isTag(k, "PRON") && !formalAddress(k);
    }

    /** A capitalised "Sie" inside a sentence addresses the reader. */
    private boolean formalAddress(int k) {
        return Character.isUpperCase(v.word(k).charAt(0)) && k != v.sentFirst(v.sentence(k))
                && !v.quoted(k - 1) && !v.word(k - 1).equals(":");
    }

    /** The preposition governing the noun phrase that ends in the mention at {@code k}, or -1. */
    int ppHead(int k, int lowerBound) {
        for (int j = k - 1; j >= Math.max(lowerBound, 0); j--) {
            if (v.isWord(j, "wie") || v.isWord(j, "als")) return -1;
            if (v.isTag(j, "ADP")) return j;
            if (!NOUN_PHRASE.contains(v.pos(j)) || belongsToMention(j)) return -1;
        }
        return -1;
    }

    private boolean belongsToMention(int j) {
        for (int k = j; k >= Math.max(0, j - 6); k--) {
            if (v.mentionAt(k) != null && v.mentionLast(k) >= j) return true;
        }
        return false;
    }

    /** For an organisation or place, a person named in apposition: der Sprecher des Ministeriums, Pat Ryder. */
    private int preferPerson(int k) {
        Mention m = v.mentionAt(k);
        if (m == null || m.type() == EntityType.PER) return k;
        int last = v.sentLast(v.sentence(k));
        for (int j = v.mentionLast(k) + 1; j <= Math.min(last, k + 8); j++) {
            Mention n = v.mentionAt(j);
            if (n != null && n.type() == EntityType.PER) return j;
            if (v.word(j).endsWith(",")) return appositive(j + 1, roleGenitive(k)) ? j + 1 : k;
            if (!NOUN_PHRASE.contains(v.pos(j))) return k;
        }
        return k;
    }

    /**
     * A person's name set off by commas: followed by a comma, full stop, preposition or the sentence
     * end. After a role in the genitive (der Sprecher des Ministeriums, …) any name will do, since the
     * apposition names the role's holder even when the name finder mistyped it.
     */
    private boolean appositive(int k, boolean anyType) {
        if (k >= v.size()) return false;
        Mention m = v.mentionAt(k);
        if (m == null || (m.type() != EntityType.PER && !anyType) || v.sentence(k) != v.sentence(k - 1)) return false;
        int next = v.mentionLast(k) + 1;
        if (next > v.sentLast(v.sentence(k))) return true;
        String w = v.word(next);
        return w.equals(",") || w.equals(".") || w.equals(")") || v.isTag(next, "ADP");
    }

    /** The noun phrase at {@code head} is a genitive attribute of a common noun: Sprecher des Ministeriums. */
    private boolean roleGenitive(int head) {
        int j = head - 1;
        while (j > 0 && v.isTag(j, "ADJ")) j--;
        return j > 0 && (v.isWord(j, "des") || v.isWord(j, "der")) && v.isTag(j - 1, "NOUN");
    }
}
