package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.role.RoleMentions;

import java.util.Set;

/**
 * Where the subject of a cue stands, by the word order of German clauses: the token of the first
 * name, pronoun, role, body or group that can be the subject in the field before the verb, after it,
 * right before "zufolge", in an attributing phrase, or shared with the clause before. Gives token
 * indices; {@link SpeakerFinder} decides which position a cue uses and turns the token into a speaker.
 */
final class SubjectSearch {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie");
    private static final Set<String> BEFORE_PRONOUNS = Set.of("er", "sie", "ihm", "ihr");
    private static final Set<String> NOMINATIVE = Set.of("der", "die", "das");
    /** Prepositions that name a speaker: Für X ist klar, laut X. */
    private static final Set<String> ATTRIBUTING = Set.of("für", "laut");
    private static final int AFTER_LIMIT = 12;

    private final TextView v;
    private final Clauses clauses;
    private final RoleNounResolver roles;
    private final SourcePhrases sources;

    SubjectSearch(TextView v, Clauses clauses, RoleNounResolver roles, SourcePhrases sources) {
        this.v = v;
        this.clauses = clauses;
        this.roles = roles;
        this.sources = sources;
    }

    /**
     * A role noun as the subject when no name stands there (…, sagte der Sprecher): after the cue when
     * the subject follows it, else between the clause start and the cue. A role right before a name
     * is that name's title, not the subject.
     */
    int roleSubject(int at, boolean afterCue) {
        int from = afterCue ? at + 1 : clauses.clauseStart(at);
        int to = afterCue ? Math.min(v.sentLast(v.sentence(at)), at + AFTER_LIMIT) : at - 1;
        for (int k = from; k <= to; k++) {
            if (v.quoted(k) || v.word(k).equals(":")) return -1;
            if (roles.isRole(k) && !titled(k) && clauses.ppHead(k, from) < 0 && !predicative(k)) return k;
        }
        return -1;
    }

    /** "sein Auftritt als designierter Vorsitzender": a role after "als" is what someone is, not who speaks. */
    private boolean predicative(int k) {
        int j = k - 1;
        while (j >= 0 && (v.isTag(j, "ADJ") || v.isTag(j, "DET"))) j--;
        return j >= 0 && v.isWord(j, "als");
    }

    /** A role noun in [from, to) that is no title: the subject comes first, so a later noun is its object. */
    private boolean roleBetween(int from, int to) {
        for (int j = Math.max(from, 0); j < to; j++) if (roles.isRole(j) && !titled(j)) return true;
        return false;
    }

    /** A name, or a title and a name, right after the verb at {@code at}. */
    boolean nameRightAfter(int at) {
        int k = at + 1;
        if (k < v.size() && v.mentionAt(k) == null && titled(k)) k++;
        return k < v.size() && v.mentionAt(k) != null && !v.compoundModifier(k);
    }

    /** A noun right before a name is its title: Kremlchef Pat Ryder, der Konzern Nordwerk. */
    private boolean titled(int k) {
        return titled(v, k);
    }

    static boolean titled(TextView v, int k) {
        return k + 1 < v.size() && (v.mentionAt(k + 1) != null || v.isTag(k + 1, "PROPN"));
    }

    /** laut dem Sprecher, nach Angaben der Sprecherin: a role in the noun phrase right after the cue. */
    int roleRightAfter(Cue cue) {
        if (!sourceMayFollow(cue)) return -1;
        int from = cue.tokens().get(cue.tokens().size() - 1) + 1;
        for (int k = from; k < Math.min(v.size(), from + 3); k++) {
            if (roles.isRole(k)) return k;
            if (!(v.isTag(k, "DET") || v.isTag(k, "ADJ"))) return -1;
        }
        return -1;
    }

    /** After "laut" its noun phrase is the source; after a source noun only the attribute that says whose. */
    private boolean sourceMayFollow(Cue cue) {
        int last = cue.tokens().get(cue.tokens().size() - 1);
        return !CueFinder.isSourceNoun(v, last) || SourcePhrases.attributeFollows(v, last);
    }

    /** The first candidate between the start of the cue's clause and the cue, skipping inserts. */
    int prefield(int at) {
        int start = clauses.clauseStart(at);
        for (int k = start; k < at; k++) {
            if (v.quoted(k)) continue;
            if (v.word(k).equals("(")) {
                k = clauses.skipTo(k, at, ")");
            } else if (v.word(k).endsWith(",") && clauses.startsRelativeClause(k + 1, at)) {
                k = clauses.skipTo(k, at, ",") - 1;
            } else if (isCandidate(k, start, true)) {
                return preferPerson(k);
            }
        }
        return -1;
    }

    /** The subject after the cue: „…“, sagte der Sprecher des Ministeriums, Pat Ryder, in Berlin. */
    int after(Cue cue) {
        int at = cue.first();
        int last = Math.min(v.sentLast(v.sentence(at)), at + AFTER_LIMIT);
        int lower = at + 1;
        if (cue.entry().speakerAfter()) {
            if (!sourceMayFollow(cue)) return -1;
            // nach Angaben von X, laut Angaben vom Ministerium: the source's own "von"
            lower = cue.tokens().get(cue.tokens().size() - 1) + 1;
            if (lower < v.size() && (v.isWord(lower, "von") || v.isWord(lower, "vom"))) lower++;
            // the source is the noun phrase after "laut": not "Nach Polizeiangaben wurden die Demonstranten …"
            last = Math.min(last, clauses.nounPhraseEnd(lower, last) + 1);
        }
        for (int k = at + 1; k <= last; k++) {
            if (cue.covers(k)) continue;
            if (v.quoted(k) || v.word(k).equals(":")) return -1;
            if (v.word(k).endsWith(",")) return clauses.appositive(k + 1, clauses.roleGenitive(k - 1)) ? k + 1 : -1;
            if (isCandidate(k, Math.max(lower, at + 1), !cue.entry().speakerAfter())) return preferPerson(k);
        }
        return -1;
    }

    /**
     * "Pat Ryder wollte sich nicht festlegen, sagte aber, …": a cue after a comma with no subject after
     * it shares the subject that opens the sentence, when no quote stands between.
     */
    int sharedSubject(int at) {
        int first = v.sentFirst(v.sentence(at));
        if (at == 0 || !v.word(at - 1).equals(",")) return -1;
        for (int k = first; k < at; k++) if (v.quoted(k)) return -1;
        int k = v.isTag(first, "DET") ? first + 1 : first;
        Mention m = k < at ? v.mentionAt(k) : null;
        return m != null && m.type() != EntityType.LOC && !v.compoundModifier(k) ? preferPerson(k) : -1;
    }

    /**
     * X zufolge, ihm zufolge, dem Bericht zufolge: the name, pronoun or description right before the cue;
     * only quote marks or brackets may stand between (der Zeitung „X“ zufolge). A name or pronoun further
     * back is no source: "X verschob Agenturberichten zufolge …", "Er verbrachte Angaben der Stadt zufolge …".
     */
    int justBefore(int at) {
        int first = v.sentFirst(v.sentence(at));
        if (at > first && (roles.isRole(at - 1) || UnnamedSpeakers.isBodyOrGroup(v, at - 1))) return at - 1;
        if (at > first && BEFORE_PRONOUNS.contains(v.lower(at - 1)) && v.isTag(at - 1, "PRON")) return at - 1;
        for (int j = at - 1; j >= Math.max(first, at - 3); j--) {
            int name = v.nameStart(j);
            if (name >= 0) return name;
            if (Character.isLetterOrDigit(v.word(j).charAt(0))) return -1;
        }
        return -1;
    }

    /**
     * The person named in apposition right before the cue, between two commas ("…, Pat Ryder, kritisierte",
     * "teilte die Leiterin der Schule, Pat Ryder, mit"), or -1.
     */
    int apposedName(int at) {
        int last = at - 2;
        if (last < 1 || !v.word(at - 1).equals(",")) return -1;
        // "…, Pat Ryder (SPD), kritisierte": a party or age in brackets after the name
        if (v.word(last).equals(")")) {
            int open = last - 1;
            while (open > Math.max(0, last - 4) && !v.word(open).equals("(")) open--;
            if (!v.word(open).equals("(")) return -1;
            last = open - 1;
        }
        int first = last;
        while (first > Math.max(0, last - 6) && v.mentionAt(first) == null) first--;
        Mention m = v.mentionAt(first);
        if (m == null || m.type() != EntityType.PER || v.mentionLast(first) != last || first == 0) return -1;
        return v.word(first - 1).equals(",") && v.sentence(first - 1) == v.sentence(at) ? first : -1;
    }

    /**
     * "hatte die Leiterin der Wache, Pat Ryder, erklärt": a cue after an apposition whose noun phrase
     * opens with a nominative article right after the clause's verb (or after the comma that ends a clause
     * before it), so that the apposition names the subject of the cue (not "hatte den Leiter, Pat Ryder,
     * gelobt": an object).
     */
    int apposedAfterVerb(int at, int name) {
        int j = name - 2;
        while (j > 0 && !v.quoted(j) && (Clauses.NOUN_PHRASE.contains(v.pos(j)) || v.isTag(j, "ADP") || v.partOfName(j))) {
            boolean attribute = v.isTag(j - 1, "NOUN") || v.isTag(j - 1, "PROPN") || v.isTag(j - 1, "ADP") || v.partOfName(j - 1);
            if (v.isTag(j, "DET") && !attribute) {
                boolean verbBefore = v.isTag(j - 1, "VERB") || v.isTag(j - 1, "AUX") || v.word(j - 1).equals(",");
                return verbBefore && NOMINATIVE.contains(v.lower(j)) && !Cases.obliqueFeminine(v, j + 1, j + 1) ? name : -1;
            }
            j--;
        }
        return -1;
    }

    /** Für X ist klar: a name in an attributing prepositional phrase that opens the clause. */
    int attributingPhrase(int at) {
        int start = clauses.clauseStart(at);
        if (!ATTRIBUTING.contains(v.lower(start))) return -1;
        for (int k = start + 1; k < at; k++) {
            if (v.mentionAt(k) != null && !v.quoted(k) && clauses.ppHead(k, start) == start) return preferPerson(k);
        }
        return -1;
    }

    /** A speaker at {@code k}; as the {@code subject} of a verb, not a group in the dative plural (den Anwohnern). */
    private boolean isCandidate(int k, int lowerBound, boolean subject) {
        if (v.mentionAt(k) != null && !v.compoundModifier(k)) {
            // "Ryders Sprecher": the owner is not the subject
            return clauses.ppHead(k, lowerBound) < 0 && !Cases.possessor(v, k)
                    && !(subject && Cases.obliqueFeminine(v, k, v.mentionLast(k)));
        }
        // "das Gericht", "Anwohner", but not "der Sprecher der Behörde" (a genitive), "der Konzern Nordwerk"
        // (a title), "warnte der Minister die Anwohner" (a role before it is the subject), "Als Begründung"
        // (what something is) or "Der Zeitung sagte" (a feminine noun after "der" is no nominative)
        if (UnnamedSpeakers.isBodyOrGroup(v, k)) {
            return clauses.ppHead(k, lowerBound) < 0 && !(subject && UnnamedSpeakers.isDativeGroup(v, k))
                    && clauses.genitiveHead(k) < lowerBound && !titled(k) && !roleBetween(lowerBound, k)
                    && !predicative(k) && !(subject && Cases.obliqueFeminine(v, k, k));
        }
        return SUBJECT_PRONOUNS.contains(v.lower(k)) && v.isTag(k, "PRON") && !clauses.formalAddress(k);
    }

    /**
     * For an organisation, a place or a description, a person named in apposition: der Sprecher des
     * Ministeriums, Pat Ryder; der Vorsitzende, Pat Ryder.
     */
    private int preferPerson(int k) {
        Mention m = v.mentionAt(k);
        if (m == null) return sources.owner(k);
        if (m == null || (m.type() == EntityType.PER && !RoleMentions.FOUND_BY.equals(m.foundBy()))) return k;
        int last = v.sentLast(v.sentence(k));
        boolean attribute = false;
        for (int j = v.mentionLast(k) + 1; j <= Math.min(last, k + 8); j++) {
            Mention n = v.mentionAt(j);
            if (n != null && n.type() == EntityType.PER && !attribute) return j;
            if (v.word(j).endsWith(",")) return clauses.appositive(j + 1, clauses.roleGenitive(k)) ? j + 1 : k;
            // der Vorsitzende des Verbands in Berlin, Pat Ryder: a prepositional attribute may come between
            attribute |= v.isTag(j, "ADP");
            if (!Clauses.NOUN_PHRASE.contains(v.pos(j)) && !v.isTag(j, "ADP")) return k;
        }
        return k;
    }
}
