package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;
import ekg.ingest.morph.GermanLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verbatim speech that stands without quote marks, as in copy whose marks were stripped: in the first
 * person right after an attributed sentence ("…, sagte Berger. Wir bleiben dabei."), and the sentences
 * that carry such speech on or lead up to it; after a colon frame see {@link ColonFrames}.
 */
final class UnmarkedSpeech {
    /** The first person of a speaker; "unser" is left out, since the writer says "unsere Zeit" too. */
    static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mir", "mich", "uns", "mein", "meine",
            "meinen", "meinem", "meiner", "meines");
    /**
     * Words of the spoken voice rather than the writer's: modal particles (ja, eben, halt), the
     * generic "man", "unser".
     */
    private static final Set<String> SPOKEN = Set.of("ja", "eben", "halt", "doch", "mal", "eigentlich", "man",
            "unser", "unsere", "unserer", "unseren", "unserem", "unseres");
    /** Heads of unnamed texts and groups, which the writer renders rather than quotes (die Studie, die Eltern). */
    private static final List<String> TEXTS_AND_GROUPS = Stream.concat(WordLists.resource("document-nouns-de.txt").stream(),
            WordLists.resource("group-nouns-de.txt").stream()).toList();
    /** Most sentences a verbatim run reaches back before its cue. */
    private static final int RUN = 3;
    private UnmarkedSpeech() {}

    /** Sentence {@code s} speaks in the first person, in the indicative: verbatim words of the passage's speaker. */
    static boolean firstPerson(TextView v, int s) {
        boolean first = false;
        for (int k = v.sentFirst(s); k <= v.sentLast(s); k++) {
            if (v.quoted(k)) return false;
            if (FIRST_PERSON.contains(v.lower(k)) && (v.isTag(k, "PRON") || v.isTag(k, "DET"))) first = true;
        }
        return first && !subjunctiveClause(v, v.sentFirst(s), v.sentLast(s));
    }

    /**
     * Sentence {@code s} may carry on verbatim speech in copy without quote marks: its first verb in the
     * present indicative (the writer narrates in the past), no one named in it, and a mark of the spoken
     * voice: a modal particle, "man", "unser", an opening "Und"/"Aber", a question or exclamation.
     */
    static boolean goesOn(TextView v, int s) {
        return present(v, s) && unnamed(v, s) && spoken(v, s, false);
    }

    /**
     * Whether unmarked words may be verbatim for their speaker: not when that is a text or a group the
     * article does not name ("die Studie", "die Eltern"), which the writer renders rather than quotes.
     */
    static boolean voiced(TextView v, Quote q) {
        if (q.speakerSpan() == null) return true;
        String w = q.speakerSpan().of(v.text);
        String head = w.substring(w.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean named = v.mentionAt(v.firstTokenAtOrAfter(q.speakerSpan().begin())) != null;
        return named || TEXTS_AND_GROUPS.stream().noneMatch(head::endsWith);
    }

    /**
     * Copy that keeps its quote marks prints verbatim words in them: its unmarked words after a colon
     * or before ", sagte X" are the writer's rendering, reported speech.
     */
    static Quote rendered(Quote q) {
        if (q.mode() != QuoteMode.DIRECT) return q;
        return new Quote(q.span(), q.text(), QuoteMode.INDIRECT, q.cue(), q.speakerSpan(), q.speakerKey());
    }

    /**
     * In copy without quote marks, the sentences right before verbatim words with their cue ("…, sagte
     * X.") that name no one and speak in the first person (in any tense), or in the present indicative
     * with a mark of the spoken voice, are the same speaker's words: "Wir geben nicht auf. Ich
     * hatte nie Zweifel an der Mannschaft, sagte die Kapitänin."
     */
    static List<Quote> runBefore(TextView v, int s, Quote said, List<Quote> found) {
        List<Quote> out = new ArrayList<>();
        int para = v.paragraphOf(v.token(v.sentFirst(s)).span().begin());
        for (int k = s - 1; k >= Math.max(0, s - RUN); k--) {
            if (v.sentFirst(k) < 0 || v.paragraphOf(v.token(v.sentFirst(k)).span().begin()) != para) break;
            Span span = new Span(v.token(v.sentFirst(k)).span().begin(), v.token(lastWord(v, k)).span().end());
            // the first person is the speaker's in any tense ("Ich hatte Angst."); else the present with a spoken mark
            boolean voice = ".!?".contains(v.word(v.sentLast(k))) && unnamed(v, k)
                    && (present(v, k) && spoken(v, k, true) || firstPerson(v, k));
            if (found.stream().anyMatch(q -> q.span().overlaps(span)) || !voice) break;
            out.add(new Quote(span, span.of(v.text), QuoteMode.DIRECT, null, said.speakerSpan(), said.speakerKey()));
        }
        return out;
    }

    /** The first verb of sentence {@code s} is in the present indicative. */
    private static boolean present(TextView v, int s) {
        int f = Mood.firstVerb(v, s);
        if (f < 0 || Mood.subjunctive(v, f)) return false;
        GermanLexicon lex = GermanLexicon.get();
        return lex.any(v.word(f), x -> x.tag().contains(":PRÄ")) && !lex.any(v.word(f), x -> x.tag().contains(":PRT"));
    }

    /** Sentence {@code s} names no person and quotes nothing. */
    private static boolean unnamed(TextView v, int s) {
        for (int k = v.sentFirst(s); k <= v.sentLast(s); k++) {
            Mention m = v.mentionAt(k);
            if (v.quoted(k) || m != null && m.type() == EntityType.PER) return false;
        }
        return true;
    }

    /**
     * A mark of the spoken voice in sentence {@code s}: a modal particle, "man", "unser", an opening
     * "Und"/"Aber", a question or exclamation; the first person too, when {@code firstPerson}.
     */
    private static boolean spoken(TextView v, int s, boolean firstPerson) {
        if (v.isWord(v.sentFirst(s), "und") || v.isWord(v.sentFirst(s), "aber") || "?!".contains(v.word(v.sentLast(s)))) {
            return true;
        }
        for (int k = v.sentFirst(s); k <= v.sentLast(s); k++) {
            if (SPOKEN.contains(v.lower(k)) || firstPerson && FIRST_PERSON.contains(v.lower(k))) return true;
        }
        return false;
    }

    /** Whether the first verb in tokens [from, to] is a subjunctive. */
    static boolean subjunctiveClause(TextView v, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (v.quoted(k)) continue;
            if (Mood.subjunctive(v, k)) return true;
            if (Mood.isVerb(v, k)) return false;
        }
        return false;
    }

    static int lastWord(TextView v, int s) {
        int k = v.sentLast(s);
        while (k > v.sentFirst(s) && ".!?…;:".contains(v.word(k))) k--;
        return k;
    }
}
