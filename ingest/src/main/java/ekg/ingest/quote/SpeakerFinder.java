package ekg.ingest.quote;

import ekg.ingest.doc.Mention;

import java.util.List;

/**
 * Finds the speaker a cue names, by the word order of German clauses. After a comma, a quote or at
 * the start of a sentence the cue verb comes first and its subject follows („…“, sagte X); otherwise
 * the subject stands before it (X sagte: „…“), or follows when the clause opens with something else
 * (Am Montag sagte X). Candidates are PER/ORG/LOC mentions outside prepositional phrases, er/sie,
 * which {@link PronounResolver} settles or rejects, and descriptions: a role, body, group or text noun
 * that no name settles speaks as itself ({@link UnnamedSpeakers}). No guessed name.
 */
final class SpeakerFinder {
    static final List<String> ROLE_NOUNS = WordLists.resource("role-nouns-de.txt");

    /** Whether a lower-case word ends with a role noun of the list: "regierungssprecherin". */
    static boolean roleWord(String lower) {
        return ROLE_NOUNS.stream().anyMatch(lower::endsWith);
    }

    private final TextView v;
    private final Clauses clauses;
    private final PronounResolver pronouns;
    private final RoleNounResolver roles;
    private final SourcePhrases sources;
    private final Agents agents;
    private final SubjectSearch search;

    SpeakerFinder(TextView v) {
        this.v = v;
        this.clauses = new Clauses(v);
        this.pronouns = new PronounResolver(v, clauses);
        this.roles = new RoleNounResolver(v, ROLE_NOUNS, pronouns);
        this.sources = new SourcePhrases(v);
        this.agents = new Agents(v, clauses, roles);
        this.search = new SubjectSearch(v, clauses, roles, sources);
    }

    /** The speaker {@code cue} names, or null when its clause does not settle one. */
    Speaker find(Cue cue) {
        CueLexicon.Entry e = cue.entry();
        int at = cue.first();
        int cand;
        if (e.speakerBefore()) {
            cand = search.justBefore(at);
        } else if (e.speakerAfter() || clauses.inverted(at)) {
            // "Der Sprecher des Vereins, Jan Roth, kritisierte den Plan: …": the comma closed an apposition
            int apposed = e.speakerAfter() ? -1 : search.apposedName(at);
            cand = !e.speakerAfter() && clauses.apposedSubject(at) ? (apposed >= 0 ? apposed : search.prefield(at)) : -1;
            // "teilte die Leiterin der Schule, Pat Ryder, mit": a participle or particle after the apposition
            if (cand < 0 && apposed >= 0) cand = search.apposedAfterVerb(at, apposed);
            if (cand < 0) cand = search.after(cue);
            if (cand < 0 && !e.speakerAfter() && clauses.noVerbBefore(at)) cand = search.prefield(at);
            if (cand < 0 && !e.speakerAfter()) cand = search.sharedSubject(at);
        } else {
            cand = search.prefield(at);
            if (cand < 0 && clauses.adverbialPrefield(at)) {
                cand = search.after(cue);
            } else if (cand < 0 && clauses.finiteSecond(at) && search.roleSubject(at, false) < 0) {
                // "Den Flüchtlingen sicherte Präsident Ryder zu": no name, role or body before the verb, so the
                // subject follows; after "Eine Verschiebung …" only a name right after the verb ("bezeichnete
                // Ryder"): "Die Experten der Kommission werfen der Stadt vor" has its subject before
                cand = search.after(cue);
                if (clauses.nominativeStart(at) && !search.nameRightAfter(at)) cand = -1;
            }
            if (cand < 0) cand = search.attributingPhrase(at);
        }
        if (cand < 0 && e.speakerAfter()) cand = search.roleRightAfter(cue);
        else if (cand < 0 && !e.speakerBefore()) {
            boolean afterCue = clauses.inverted(at) || clauses.adverbialPrefield(at);
            cand = search.roleSubject(at, afterCue);
            if (cand < 0 && !afterCue && clauses.finiteSecond(at)) cand = search.roleSubject(at, true);
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

    /**
     * The cue follows its subject with a person's name in apposition: "Die Sprecherin der Stadt, Eva Jung,
     * kritisierte", "…, die Sprecherin der Stadt, Eva Jung, erklärte".
     */
    boolean apposedSubjectName(int at) {
        int name = search.apposedName(at);
        return name >= 0 && (clauses.apposedSubject(at) || search.apposedAfterVerb(at, name) >= 0);
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
        int cand = search.prefield(colon);
        // "Ein Beamter der Stadtpolizei: „…“"
        if (cand < 0) cand = search.roleSubject(colon, false);
        // "Die Pflichten der Union seien klar:": a name in the genitive of a thing is not the subject
        if (cand < 0 || (clauses.roleGenitive(cand) && !roles.isRole(clauses.genitiveHead(cand)))) return null;
        return new Frame(resolve(cand));
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
}
