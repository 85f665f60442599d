package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Who speaks where the subject of the cue verb does not: the agent of a passive ("wird vom
 * Wetterdienst als „sehr hoch“ eingestuft") and the one a quoting verb quotes ("Die Zeitung zitiert
 * den Minister mit den Worten …").
 */
final class Agents {
    /** Forms of "werden" that make a participle passive: wird … zitiert, war … bezeichnet worden. */
    private static final Set<String> PASSIVE = Set.of("wird", "wurde", "wurden", "werden", "worden");
    private static final int AFTER_LIMIT = 12;

    private final TextView v;
    private final Clauses clauses;
    private final RoleNounResolver roles;

    Agents(TextView v, Clauses clauses, RoleNounResolver roles) {
        this.v = v;
        this.clauses = clauses;
        this.roles = roles;
    }

    /** The token of the speaker other than the subject {@code subject} of the cue at {@code at}, or -1. */
    int agent(int at, int subject) {
        // "X wird von der Zeitung zitiert" names both the one quoted and the one quoting: the subject stays
        boolean quoting = v.lower(at).startsWith("zitier");
        if (passive(at)) return quoting ? -1 : byVon(at);
        return quoting ? quoted(at, subject) : -1;
    }

    /** A participle with a form of "werden" in its clause: wird … zitiert, als … bezeichnet worden. */
    private boolean passive(int at) {
        String w = v.word(at).toLowerCase(Locale.ROOT);
        if (!GermanLexicon.get().any(w, f -> f.tag().startsWith("VER:PA2"))) return false;
        int last = Math.min(v.sentLast(v.sentence(at)), at + 2);
        for (int k = clauses.clauseStart(at); k <= last; k++) {
            if (v.word(k).endsWith(",") && k < at) return passive(k + 1, at);
        }
        return passive(clauses.clauseStart(at), last);
    }

    /** A form of "werden" outside quote marks and before any comma in tokens [from, to]. */
    private boolean passive(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (v.word(k).endsWith(",") && k > from) return false;
            if (!v.quoted(k) && PASSIVE.contains(v.lower(k))) return true;
        }
        return false;
    }

    /** The name, role or body after the last "von"/"vom" before the cue in its clause: the agent of the passive. */
    private int byVon(int at) {
        int found = -1;
        for (int k = clauses.clauseStart(at); k < at; k++) {
            if (v.word(k).endsWith(",")) found = -1;
            if (v.quoted(k) || !(v.isWord(k, "von") || v.isWord(k, "vom"))) continue;
            for (int j = k + 1; j < at && !v.quoted(j); j++) {
                Mention m = v.mentionAt(j);
                if (m != null && m.type() != EntityType.LOC && !v.compoundModifier(j)
                        || m == null && (roles.isRole(j) && !SubjectSearch.titled(v, j) || UnnamedSpeakers.isBodyOrGroup(v, j))) {
                    found = j;
                    break;
                }
                // "von Landrätin Pat Ryder": a title noun before the name
                if (!(v.isTag(j, "DET") || v.isTag(j, "ADJ") || v.isTag(j, "NOUN") && SubjectSearch.titled(v, j))) break;
            }
        }
        return found;
    }

    /**
     * The one a quoting verb quotes: the first person, organisation or role after the verb, outside
     * prepositional phrases and quote marks, that is not its subject ("zitiert die „Post“ Pat Ryder").
     */
    private int quoted(int at, int subject) {
        int last = Math.min(v.sentLast(v.sentence(at)), at + AFTER_LIMIT);
        for (int k = at + 1; k <= last; k++) {
            if (v.word(k).equals(":") || v.word(k).equals(",")) return -1;
            if (v.quoted(k) || k == subject || clauses.ppHead(k, at + 1) >= 0) continue;
            Mention m = v.mentionAt(k);
            if (m != null && m.type() != EntityType.LOC && !v.compoundModifier(k)) return k;
            if (m == null && roles.isRole(k) && !SubjectSearch.titled(v, k)) return k;
            if (m != null) k = v.mentionLast(k);
        }
        return -1;
    }
}
