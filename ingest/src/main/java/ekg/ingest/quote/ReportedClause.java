package ekg.ingest.quote;

import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordForm;

import java.util.List;
import java.util.Set;

/**
 * Finds the words a cue reports, in the sentence of the cue, by the patterns of German news:
 * <ul>
 *   <li>the clause before a cue that follows a comma: "Die Lage sei ernst, sagte X" (a short insert,
 *       "Damals, so X, sei …", reports the whole sentence);</li>
 *   <li>the clause after a cue and a comma, when it opens with dass/ob or its verb is subjunctive:
 *       "X sagte am Montag, die Lage sei ernst", up to a second verb of the speaker ("… und forderte");</li>
 *   <li>the whole sentence for an attributing phrase: "Laut X …", "X zufolge …", "nach Angaben von X";</li>
 *   <li>only the dass- or ob-clause after a cue of its clause ("erwartet, dass …").</li>
 * </ul>
 * The result is a token range, or null when the cue reports no clause of the writer's.
 */
final class ReportedClause {
    /** A token range {@code [first, last]} the cue reports. */
    record Range(int first, int last) {}

    private static final Set<String> COMPLEMENTISERS = Set.of("dass", "daß", "ob");
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "aber", "sowie");
    private static final Set<String> POINTERS = Set.of("das", "dies");
    /** Quote-marked share above which a clause is the quote itself, not reported speech. */
    private static final double MOSTLY_QUOTED = 0.6;
    /** Fewest words a reported clause has; a shorter clause before the cue is an insert. */
    private static final int MIN_WORDS = 3;
    /** Most words between a cue and the comma that opens the reported clause (am Montag in Berlin). */
    private static final int GAP = 6;
    /** Most tokens before the finite verb of a main clause (die Stadt am Fluss hält …). */
    private static final int V2_REACH = 4;

    private final TextView v;
    private final List<Cue> cues;
    private final SpeakerFinder speakers;

    ReportedClause(TextView v, List<Cue> cues, SpeakerFinder speakers) {
        this.v = v;
        this.cues = cues;
        this.speakers = speakers;
    }

    Range of(Cue cue) {
        int at = cue.first();
        int s = v.sentence(at);
        int first = v.sentFirst(s);
        int last = lastWord(s);
        CueLexicon.Entry e = cue.entry();
        if (e.speakerAfter() || e.speakerBefore() || e.sentence()) return reported(first, last) ? new Range(first, last) : null;
        if (e.clauseOnly()) {
            // "erwartet, dass …": its dass- or ob-clause only, neither the clause before it nor a main clause after it
            Range r = after(cue, last);
            return r != null && COMPLEMENTISERS.contains(v.lower(r.first())) ? r : null;
        }
        int wie = wieBefore(at, first);
        if (wie >= 0) return wieClause(wie, cue, first, last);
        // "…, das teilte X mit": the clause before the pointer
        int mark = at > first + 1 && POINTERS.contains(v.lower(at - 1)) && isCommaOrDash(at - 2) ? at - 1 : at;
        if (mark > first && isCommaOrDash(mark - 1)) {
            // "X, Sprecherin des Vereins, erklärte, die Lage sei ernst": the clause after the cue is reported
            int end = cue.tokens().get(cue.tokens().size() - 1);
            Range next = end + 1 <= last && v.word(end + 1).equals(",") ? after(cue, last) : null;
            if (next != null) return next;
            if (mark == at && !speakers.inverted(at)) return null;
            // "Die Sprecherin der Stadt, Eva Jung, kritisierte den Plan": the commas set off the subject's name
            if (mark == at && speakers.apposedSubjectName(at)) return null;
            Range r = before(mark - 1, first, last);
            return r != null && goesOnAfterSpeaker(end, last) ? new Range(first, last) : r;
        }
        return after(cue, last);
    }

    /** "…, sagte X": the clause from the sentence start to the comma. */
    private Range before(int comma, int first, int last) {
        // "X zählt zu den Befürwortern: Wir ändern die Regeln, sagte X": the words after the colon
        for (int k = comma - 1; k > first; k--) {
            if (v.word(k).equals(":") && !v.quoted(k)) {
                first = k + 1;
                break;
            }
        }
        if (QuoteMarks.isMark(v.word(comma - 1).charAt(0))) {
            // a closing mark without its opener: quoted words whose opening mark got lost
            if (!v.quoted(comma - 1) || mostlyQuoted(first, comma - 1)) return null;
        }
        // a fronted subordinate clause alone (Als er ankam, sagte er) reports nothing; dass/ob do (Dass …, glaubt er nicht)
        if (v.isTag(first, "SCONJ") && !COMPLEMENTISERS.contains(v.lower(first)) && !ClauseShape.mainClause(v, first, comma - 1)) {
            return null;
        }
        if (words(first, comma - 1) < MIN_WORDS) return reported(first, last) ? new Range(first, last) : null;
        Range r = new Range(first, comma - 1);
        // "Und zwar jeden Tag, sagte X.": words without a verb are what X said when the frame ends the sentence
        return reported(r.first(), r.last()) && (hasVerb(r) || frameEnds(comma + 1, last)) ? r : null;
    }

    /** The cue's frame from token {@code from} runs to the end of the sentence, no other clause after it. */
    private boolean frameEnds(int from, int last) {
        for (int k = from; k <= last; k++) if (v.quoted(k) || isCommaOrDash(k) || v.word(k).equals(":")) return false;
        return true;
    }

    /** "…, sagt die Sprecherin, das sei Sache der Gemeinde": a subjunctive clause after the speaker goes on reporting. */
    private boolean goesOnAfterSpeaker(int end, int last) {
        for (int k = end + 1; k < last; k++) {
            if (v.quoted(k) || Mood.isVerb(v, k)) return false;
            if (v.word(k).equals(",")) return firstVerbSubjunctive(k + 1, last);
        }
        return false;
    }

    /** The verbs the German lexicon reads the word as a form of. */
    private static List<String> verbs(String word) {
        return GermanLexicon.get().lemmas(word, WordForm::isVerb);
    }

    /** "X sagte (am Montag), (dass) …": the clause after the comma, cut before a second cue verb. */
    private Range after(Cue cue, int last) {
        int end = cue.tokens().get(cue.tokens().size() - 1);
        // "…, nachdem das Gericht festgestellt hatte, die Regierung sei …": the perfect's auxiliary closes the
        // clause (not a passive's "wurde"); not after a participle of two verbs ("gestanden": stehen, gestehen)
        if (end + 1 <= last && v.isTag(end + 1, "AUX") && !v.quoted(end + 1) && verbs(v.word(end + 1)).contains("haben")
                && verbs(v.word(end)).size() == 1) {
            end++;
        }
        int comma = -1;
        for (int k = end + 1; k <= Math.min(last, end + GAP); k++) {
            if (v.quoted(k) || v.word(k).equals(":")) return null;
            if (v.word(k).equals(",")) {
                comma = k;
                break;
            }
            if (v.isTag(k, "VERB") || v.isTag(k, "AUX")) return null;
        }
        if (comma < 0 || comma + 1 > last) return null;
        int from = comma + 1;
        int to = cutAtNextCue(from, last);
        if (to < from || !reported(from, to)) return null;
        boolean opensReport = COMPLEMENTISERS.contains(v.lower(from)) || firstVerbSubjunctive(from, to)
                || zuInfinitive(from, to) || secondPlaceVerb(from, to);
        return opensReport ? new Range(from, to) : null;
    }

    /** The "wie" opening the cue's clause (Wie die Polizei mitteilte, …; …, wie X sagte), or -1. */
    private int wieBefore(int at, int first) {
        // commas may set off an apposition (Wie der Direktor des Amtes, Eva Roth, mitteilte), not a verb
        for (int k = at - 1; k >= first; k--) {
            if (v.quoted(k) || Mood.isVerb(v, k)) return -1;
            if (v.lower(k).equals("wie") && (k == first || v.word(k - 1).equals(","))) return k;
        }
        return -1;
    }

    /** "Wie X mitteilte, …": the clause after the comma; "…, wie X sagte": the clause before it. */
    private Range wieClause(int wie, Cue cue, int first, int last) {
        if (wie > first) {
            Range r = new Range(first, wie - 2);
            return wie - 2 >= first && reported(r.first(), r.last()) ? r : null;
        }
        int end = cue.tokens().get(cue.tokens().size() - 1);
        for (int k = end + 1; k <= last; k++) {
            if (v.word(k).equals(",")) return k + 1 <= last && reported(k + 1, last) ? new Range(k + 1, last) : null;
        }
        return null;
    }

    /**
     * A main clause in the indicative, its finite verb second ("X sagte, die Stadt hält an dem Plan fest"),
     * not a relative clause with its verb last ("X sagte, der den Plan kennt").
     */
    private boolean secondPlaceVerb(int from, int to) {
        for (int k = from + 1; k <= Math.min(to, from + V2_REACH); k++) {
            if (v.quoted(k) || v.word(k).equals(",")) return false;
            if (Mood.isVerb(v, k)) return k < to && !v.word(k + 1).equals(",");
        }
        return false;
    }

    /** A zu-infinitive: "X forderte die Regierung auf, die Steuer zu senken". */
    private boolean zuInfinitive(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (v.quoted(k)) continue;
            if (v.lower(k).equals("zu") && k + 1 <= to && (v.isTag(k + 1, "VERB") || v.isTag(k + 1, "AUX"))) return true;
        }
        return false;
    }

    private int cutAtNextCue(int from, int last) {
        for (int k = from + 1; k <= last; k++) {
            if (!CONJUNCTIONS.contains(v.lower(k)) && !v.word(k).equals(",")) continue;
            int next = k + 1;
            // "…, und forderte": the report ends before the comma too
            if (cues.stream().anyMatch(c -> c.first() == next)) return v.word(k - 1).equals(",") ? k - 2 : k - 1;
        }
        return last;
    }

    private boolean firstVerbSubjunctive(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (v.quoted(k)) continue;
            if (Mood.subjunctive(v, k)) return true;
            if (Mood.isVerb(v, k)) return false;
        }
        return false;
    }

    private boolean hasVerb(Range r) {
        for (int k = r.first(); k <= r.last(); k++) {
            if (!v.quoted(k) && (v.isTag(k, "VERB") || v.isTag(k, "AUX") || Mood.subjunctive(v, k))) return true;
        }
        return false;
    }

    /** Words of the writer's, enough of them, not mostly a quotation. */
    private boolean reported(int from, int to) {
        return words(from, to) >= MIN_WORDS && !mostlyQuoted(from, to);
    }

    private boolean mostlyQuoted(int from, int to) {
        int q = 0;
        for (int k = from; k <= to; k++) if (v.quoted(k)) q++;
        return q > MOSTLY_QUOTED * (to - from + 1);
    }

    private int words(int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) if (Character.isLetterOrDigit(v.word(k).charAt(0))) n++;
        return n;
    }

    /** The last token of the sentence that is no final punctuation. */
    private int lastWord(int s) {
        int k = v.sentLast(s);
        while (k > v.sentFirst(s) && !v.quoted(k) && ".!?…;:".contains(v.word(k))) k--;
        return k;
    }

    private boolean isCommaOrDash(int k) {
        String w = v.word(k);
        return w.equals(",") || w.equals("–") || w.equals("—") || w.equals("-");
    }
}
