package ekg.ingest.quote;

import ekg.ingest.doc.Span;

import java.util.List;
import java.util.Set;

/**
 * Sentences that carry a passage of reported speech on without a cue of their own: their main verb in
 * Konjunktiv I (or II inside a running passage), the hearsay "soll … haben", or "sollen" right after
 * reported speech; and the speaker such a sentence takes from the writer's sentence before it, whose
 * subject is who speaks ("Die Ministerin sieht das gelassen. Man habe …").
 */
final class Passage {
    /**
     * "sollen" right after reported speech goes on with what was said or planned ("Die Busse sollen in
     * den Depots bleiben"), as the Konjunktiv would.
     */
    private static final Set<String> SOLLEN = Set.of("soll", "sollen", "sollte", "sollten");
    /** A verb read as if it were a cue, so that {@link SpeakerFinder} finds its subject by clause shape. */
    private static final CueLexicon.Entry SUBJECT = new CueLexicon.Entry(List.of(), false, false, false, false, false, false, false, false);

    private Passage() {}

    /** A sentence whose main verb is in the Konjunktiv, not the hearsay "soll": someone's words, not rumour. */
    static boolean subjunctive(TextView v, int s) {
        int f = mainVerb(v, s);
        return f >= 0 && Mood.subjunctive(v, f);
    }

    /** A sentence of reported speech without a cue: its main verb in Konjunktiv I, or II within a passage. */
    static boolean continues(TextView v, int s, boolean live) {
        int f = mainVerb(v, s);
        if (f < 0) return false;
        if (reportive(v, s, f) || live && SOLLEN.contains(v.lower(f))) return true;
        if (!Mood.subjunctive(v, f)) return false;
        return live || Mood.konjunktivOne(v, f);
    }

    /**
     * A cue verb inside a sentence that itself reports, its first verb a Konjunktiv before the cue
     * ("Die Länder würden entscheiden, …"): the cue is part of the reported words, not a new frame.
     */
    static boolean cueInReport(TextView v, int s, List<Cue> cues, boolean live) {
        int f = Mood.firstVerb(v, s);
        if (f < 0 || !continues(v, s, live)) return false;
        return cues.stream().noneMatch(c -> v.sentence(c.first()) == s && c.first() <= f);
    }

    /**
     * The finite verb of the sentence's main clause: the first verb, or, after a fronted subordinate
     * clause, the verb right after its comma ("Bis die Arbeiten beginnen könnten, würden Monate vergehen").
     */
    static int mainVerb(TextView v, int s) {
        int f = Mood.firstVerb(v, s);
        int first = v.sentFirst(s);
        if (f < 0 || !ClauseShape.subordinate(v, first)) return f;
        for (int k = f + 1; k < v.sentLast(s); k++) {
            if (v.quoted(k) || !v.word(k).equals(",")) continue;
            return Mood.isVerb(v, k + 1) || Mood.subjunctive(v, k + 1) ? k + 1 : f;
        }
        return f;
    }

    /**
     * The speaker of a writer's sentence {@code s} that a reported sentence after it carries on: the
     * subject of its main verb, when that is a name, a pronoun the text settles, a role or a body; null
     * when none.
     */
    static Speaker narrator(TextView v, int s, SpeakerFinder finder, Clauses clauses) {
        if (s < 0 || v.sentFirst(s) < 0) return null;
        int f = mainVerb(v, s);
        if (f < 0 || Mood.subjunctive(v, f)) return null;
        int[] subject = subjectPhrase(v, clauses, s, f);
        if (subject == null) return null;
        Speaker sp = finder.find(new Cue(List.of(f), v.word(f), SUBJECT));
        // "Die Anwohner wurden evakuiert. Das Haus sei einsturzgefährdet": a group is what the news is about
        if (sp == null || group(v, sp)) return null;
        // a name in the subject's phrase speaks; without one, the pronoun or role there points to the speaker
        Span phrase = new Span(v.token(subject[0]).span().begin(), v.token(subject[1]).span().end());
        return phrase.contains(sp.span()) || pointer(v, subject) ? sp : null;
    }

    /**
     * The subject's words of a main clause with finite verb {@code f}: the noun phrase that fills the
     * field before it, an apposition included ("Die Ministerin sieht", "Eva Jung, Sprecherin der Stadt,
     * sieht"), or the one right after it, past adverbs, when an adverbial or a subordinate clause comes
     * first ("Gelassen sieht die Ministerin", "An die Adresse der Stadt hatte sie"); null when the clause
     * shows no such phrase.
     */
    private static int[] subjectPhrase(TextView v, Clauses clauses, int s, int f) {
        int start = ClauseShape.subordinate(v, v.sentFirst(s)) ? f : clauses.clauseStart(f);
        if (start < f && (nounPhrase(v, start, f - 1) || clauses.apposedSubject(f))) return new int[] {start, f - 1};
        if (start < f && !clauses.adverbialPrefield(f)) return null;
        int last = v.sentLast(s);
        int from = f + 1;
        while (from <= last && (v.isTag(from, "ADV") || v.isTag(from, "PART"))) from++;
        if (from <= last && v.isTag(from, "PRON")) return new int[] {from, from};
        int end = from - 1;
        while (end + 1 <= last && !v.quoted(end + 1) && (Clauses.NOUN_PHRASE.contains(v.pos(end + 1)) || v.mentionAt(end + 1) != null)) {
            // "befanden die Tester das Modell am besten": an article after a noun opens the object
            if (end >= from && v.isTag(end + 1, "DET") && (v.isTag(end, "NOUN") || v.isTag(end, "PROPN"))) break;
            end++;
        }
        return end >= from ? new int[] {from, end} : null;
    }

    private static boolean nounPhrase(TextView v, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (v.quoted(k) || !(Clauses.NOUN_PHRASE.contains(v.pos(k)) || v.isTag(k, "PRON") && from == to)) return false;
        }
        return true;
    }

    /** A subject that points to someone named elsewhere: a pronoun (er, sie) or a role noun (die Ministerin). */
    private static boolean pointer(TextView v, int[] range) {
        int head = range[1];
        if (range[0] == head && v.isTag(head, "PRON")) return true;
        String w = v.lower(head);
        return v.isTag(head, "NOUN") && v.mentionAt(head) == null && SpeakerFinder.roleWord(w);
    }

    private static boolean group(TextView v, Speaker sp) {
        int k = v.firstTokenAtOrAfter(sp.span().begin());
        for (; k >= 0 && k < v.size() && v.token(k).span().end() <= sp.span().end(); k++) {
            if (v.mentionAt(k) != null) return false;
            if (UnnamedSpeakers.isGroup(v, k)) return true;
        }
        return false;
    }

    /**
     * The hearsay "sollen" with a perfect infinitive: "Er soll den Anschlag geplant haben", "Zehn
     * Menschen sollen verletzt worden sein"; someone else's claim, not the writer's.
     */
    private static boolean reportive(TextView v, int s, int f) {
        if (!(v.isWord(f, "soll") || v.isWord(f, "sollen"))) return false;
        int last = UnmarkedSpeech.lastWord(v, s);
        if (!(v.isWord(last, "haben") || v.isWord(last, "sein")) || last - 1 <= f) return false;
        // "Der Täter soll 30 Jahre alt sein": with the copula, too, sollen passes on a claim
        return v.isWord(last, "sein") || v.isTag(last - 1, "VERB") || v.isTag(last - 1, "AUX");
    }
}
