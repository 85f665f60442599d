package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.role.RoleMentions;

import java.util.List;
import java.util.Set;

/**
 * Finds the speaker a cue names, by the word order of German clauses. After a comma, a quote or at
 * the start of a sentence the cue verb comes first and its subject follows („…“, sagte X); otherwise
 * the subject stands before it (X sagte: „…“), or follows when the clause opens with something else
 * (Am Montag sagte X). Candidates are PER/ORG/LOC mentions outside prepositional phrases, er/sie,
 * which {@link PronounResolver} settles or rejects, and descriptions: a role, body, group or text noun
 * that no name settles speaks as itself ({@link UnnamedSpeakers}). No guessed name.
 */
final class SpeakerFinder {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie");
    private static final Set<String> BEFORE_PRONOUNS = Set.of("er", "sie", "ihm", "ihr");
    /** Prepositions that name a speaker: Für X ist klar, laut X. */
    private static final Set<String> ATTRIBUTING = Set.of("für", "laut");
    private static final int AFTER_LIMIT = 12;

    static final List<String> ROLE_NOUNS = WordLists.resource("role-nouns-de.txt");

    private final TextView v;
    private final Clauses clauses;
    private final PronounResolver pronouns;
    private final RoleNounResolver roles;
    private final SourcePhrases sources;
    private final Agents agents;

    SpeakerFinder(TextView v) {
        this.v = v;
        this.clauses = new Clauses(v);
        this.pronouns = new PronounResolver(v, clauses);
        this.roles = new RoleNounResolver(v, ROLE_NOUNS, pronouns);
        this.sources = new SourcePhrases(v);
        this.agents = new Agents(v, clauses, roles);
    }

    /** The speaker {@code cue} names, or null when its clause does not settle one. */
    Speaker find(Cue cue) {
        CueLexicon.Entry e = cue.entry();
        int at = cue.first();
        int cand;
        if (e.speakerBefore()) {
            cand = justBefore(at);
        } else if (e.speakerAfter() || clauses.inverted(at)) {
            // "Der Sprecher des Vereins, Jan Roth, kritisierte den Plan: …": the comma closed an apposition
            cand = !e.speakerAfter() && clauses.apposedSubject(at) ? prefield(at) : -1;
            if (cand < 0) cand = after(cue);
            if (cand < 0 && !e.speakerAfter() && clauses.noVerbBefore(at)) cand = prefield(at);
            if (cand < 0 && !e.speakerAfter()) cand = sharedSubject(at);
        } else {
            cand = prefield(at);
            if (cand < 0 && clauses.adverbialPrefield(at)) {
                cand = after(cue);
            } else if (cand < 0 && clauses.finiteSecond(at) && roleSubject(at, false) < 0) {
                // "Den Flüchtlingen sicherte Präsident Ryder zu": no name, role or body before the verb, so the
                // subject follows; after "Eine Verschiebung …" only a name right after the verb ("bezeichnete
                // Ryder"): "Die Experten der Kommission werfen der Stadt vor" has its subject before
                cand = after(cue);
                if (clauses.nominativeStart(at) && !nameRightAfter(at)) cand = -1;
            }
            if (cand < 0) cand = attributingPhrase(at);
        }
        if (cand < 0 && e.speakerAfter()) cand = roleRightAfter(cue);
        else if (cand < 0 && !e.speakerBefore()) {
            boolean afterCue = clauses.inverted(at) || clauses.adverbialPrefield(at);
            cand = roleSubject(at, afterCue);
            if (cand < 0 && !afterCue && clauses.finiteSecond(at)) cand = roleSubject(at, true);
        }
        int agent = agents.agent(at, cand);
        if (agent >= 0) return resolve(agent);
        if (cand >= 0) return resolve(cand);
        if (!e.speakerAfter() && !e.speakerBefore()) return sources.quotedSubject(at, clauses);
        // nach Polizeiangaben, Angaben der Kommandozentrale zufolge: the phrase says whose statements
        if (e.speakerAfter()) return sources.after(cue);
        return e.speakerBefore() ? sources.before(at) : null;
    }

    /**
     * The speaker of an impersonal cue: the text it quotes ("heißt es in dem Bericht", "In einer
     * Erklärung des Verbands hieß es"), or null, when the speaker before is carried over.
     */
    Speaker impersonal(Cue cue) {
        return sources.document(cue, clauses.clauseStart(cue.first()));
    }

    /** Whether the word at {@code i} opens its clause, so that its subject follows it. */
    boolean inverted(int i) {
        return clauses.inverted(i);
    }

    /**
     * The frame of a colon that introduces a quote without a cue verb ("Der Trainer gab sich gelassen:
     * „…“"), with the subject of the clause before it; null when that clause names no one, as in "Und
     * weiter: „…“", which goes on with the speaker before.
     */
    Frame frame(int colon) {
        int cand = prefield(colon);
        // "Ein Beamter der Stadtpolizei: „…“"
        if (cand < 0) cand = roleSubject(colon, false);
        // "Die Pflichten der Union seien klar:": a name in the genitive of a thing is not the subject
        if (cand < 0 || (clauses.roleGenitive(cand) && !roles.isRole(clauses.genitiveHead(cand)))) return null;
        return new Frame(resolve(cand));
    }

    /**
     * A role noun as the subject when no name stands there (…, sagte der Sprecher): after the cue when
     * the subject follows it, else between the clause start and the cue. A role right before a name
     * is that name's title, not the subject.
     */
    private int roleSubject(int at, boolean afterCue) {
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
    private boolean nameRightAfter(int at) {
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
    private int roleRightAfter(Cue cue) {
        int from = cue.tokens().get(cue.tokens().size() - 1) + 1;
        for (int k = from; k < Math.min(v.size(), from + 3); k++) {
            if (roles.isRole(k)) return k;
            if (!(v.isTag(k, "DET") || v.isTag(k, "ADJ"))) return -1;
        }
        return -1;
    }

    /**
     * The speaker at a candidate: a name's entity; a role the text ties to someone, else the role itself
     * as an unnamed speaker ("ein Polizeisprecher"); a body or group by its noun; a pronoun's person.
     */
    private Speaker resolve(int cand) {
        Mention m = v.mentionAt(cand);
        if (m != null && !v.compoundModifier(cand)) return new Speaker(m.span(), v.entityKey(m.span()));
        if (roles.isRole(cand)) {
            Speaker s = roles.resolve(cand);
            return s != null ? s : UnnamedSpeakers.at(v, cand);
        }
        return UnnamedSpeakers.isBodyOrGroup(v, cand) ? UnnamedSpeakers.at(v, cand) : pronouns.resolve(cand);
    }

    /** The first candidate between the start of the cue's clause and the cue, skipping inserts. */
    private int prefield(int at) {
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
    private int after(Cue cue) {
        int at = cue.first();
        int last = Math.min(v.sentLast(v.sentence(at)), at + AFTER_LIMIT);
        int lower = at + 1;
        if (cue.entry().speakerAfter()) {
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
    private int sharedSubject(int at) {
        int first = v.sentFirst(v.sentence(at));
        if (at == 0 || !v.word(at - 1).equals(",")) return -1;
        for (int k = first; k < at; k++) if (v.quoted(k)) return -1;
        int k = v.isTag(first, "DET") ? first + 1 : first;
        Mention m = k < at ? v.mentionAt(k) : null;
        return m != null && m.type() != EntityType.LOC && !v.compoundModifier(k) ? preferPerson(k) : -1;
    }

    /** X zufolge, ihm zufolge, dem Bericht zufolge: the name, pronoun or description right before the cue. */
    private int justBefore(int at) {
        int first = v.sentFirst(v.sentence(at));
        if (at > first && (roles.isRole(at - 1) || UnnamedSpeakers.isBodyOrGroup(v, at - 1))) return at - 1;
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
        int start = clauses.clauseStart(at);
        if (!ATTRIBUTING.contains(v.lower(start))) return -1;
        for (int k = start + 1; k < at; k++) {
            if (v.mentionAt(k) != null && !v.quoted(k) && clauses.ppHead(k, start) == start) return preferPerson(k);
        }
        return -1;
    }

    /** A speaker at {@code k}; as the {@code subject} of a verb, not a group in the dative plural (den Anwohnern). */
    private boolean isCandidate(int k, int lowerBound, boolean subject) {
        if (v.mentionAt(k) != null && !v.compoundModifier(k)) return clauses.ppHead(k, lowerBound) < 0;
        // "das Gericht", "Anwohner", but not "der Sprecher der Behörde" (a genitive), "der Konzern Nordwerk"
        // (a title) or "warnte der Minister die Anwohner" (a role before it is the subject)
        if (UnnamedSpeakers.isBodyOrGroup(v, k)) {
            return clauses.ppHead(k, lowerBound) < 0 && !(subject && UnnamedSpeakers.isDativeGroup(v, k))
                    && clauses.genitiveHead(k) < lowerBound && !titled(k) && !roleBetween(lowerBound, k);
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
