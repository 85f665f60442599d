package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds reported speech without quote marks (INDIRECT quotes): the clause a cue reports (see
 * {@link ReportedClause}), with the cue's speaker; then sentences in the subjunctive that follow an
 * attributed sentence, which go on reporting the same speaker ("Er sagte, X sei … . Man müsse …").
 * A chain ends at a sentence in the indicative, at another attribution, or at a sentence whose
 * quotes have no speaker. Only sentences that follow directly continue a chain. Reported speech whose
 * speaker the text does not name (passives, "wie berichtet wurde") is left out.
 */
final class IndirectSpeechFinder implements QuoteFinder {
    private record Chain(Speaker speaker, int sentence) {}

    private final CueFinder cueFinder;

    IndirectSpeechFinder(CueLexicon lexicon) {
        this.cueFinder = new CueFinder(lexicon);
    }

    @Override
    public List<Quote> find(TextView v, QuoteSpanFinder.Result marks, List<Quote> earlier) {
        Doc doc = v.doc;
        List<Cue> cues = cueFinder.find(v);
        SpeakerFinder finder = new SpeakerFinder(v);
        CarryOver speakers = new CarryOver(v, cues, finder);
        ReportedClause clauses = new ReportedClause(v, cues, finder);
        List<Quote> out = new ArrayList<>();
        Chain chain = null;
        int sentences = doc.sentences().size();
        for (int s = 0; s < sentences; s++) {
            if (v.sentFirst(s) < 0) continue;
            Quote reported = reported(v, s, cues, clauses, speakers);
            if (reported != null) {
                out.add(reported);
                chain = new Chain(reported.speakerSpan() == null ? null
                        : new Speaker(reported.speakerSpan(), reported.speakerKey()), s);
                continue;
            }
            Speaker quoted = quotedSpeaker(v, s, earlier);
            if (quoted != null) {
                chain = new Chain(quoted, s);
            } else if (!hasCue(v, cues, s) && chain != null && chain.speaker() != null && chain.sentence() == s - 1
                    && Mood.subjunctiveSentence(v, s) && !startsParagraphAfterHeading(v, s)) {
                out.add(quote(v, s, v.sentFirst(s), lastWord(v, s), null, chain.speaker()));
                chain = new Chain(chain.speaker(), s);
            } else {
                chain = null;
            }
        }
        return out;
    }

    /** The first cue of sentence {@code s} whose reported clause is the writer's, as a quote. */
    private static Quote reported(TextView v, int s, List<Cue> cues, ReportedClause clauses, CarryOver speakers) {
        for (Cue c : cues) {
            if (v.sentence(c.first()) != s) continue;
            ReportedClause.Range r = clauses.of(c);
            if (r == null) continue;
            Speaker sp = speakers.speakerOf(c);
            if (sp == null) continue;
            return quote(v, s, r.first(), r.last(), c.text(), sp);
        }
        return null;
    }

    private static boolean hasCue(TextView v, List<Cue> cues, int s) {
        return cues.stream().anyMatch(c -> v.sentence(c.first()) == s);
    }

    /** The speaker of a quote-marked quote in sentence {@code s}, if one was attributed. */
    private static Speaker quotedSpeaker(TextView v, int s, List<Quote> earlier) {
        int b = v.token(v.sentFirst(s)).span().begin();
        int e = v.token(v.sentLast(s)).span().end();
        Speaker found = null;
        for (Quote q : earlier) {
            if (q.span().end() <= b || q.span().begin() >= e || q.mode() == QuoteMode.INDIRECT) continue;
            if (q.speakerKey() == null && q.cue() != null) return null;
            if (q.speakerKey() != null) found = new Speaker(q.speakerSpan(), q.speakerKey());
        }
        return found;
    }

    /** A line without final punctuation before the sentence is a subheading: the report ended above it. */
    private static boolean startsParagraphAfterHeading(TextView v, int s) {
        if (s == 0) return false;
        int prevLast = v.sentLast(s - 1);
        String w = v.word(prevLast);
        return !(".!?…".contains(w) || QuoteMarks.isMark(w.charAt(0)));
    }

    private static Quote quote(TextView v, int s, int first, int last, String cue, Speaker sp) {
        Span span = new Span(v.token(first).span().begin(), v.token(last).span().end());
        return new Quote(span, span.of(v.text), QuoteMode.INDIRECT, cue, sp == null ? null : sp.span(),
                sp == null ? null : sp.key());
    }

    private static int lastWord(TextView v, int s) {
        int k = v.sentLast(s);
        while (k > v.sentFirst(s) && ".!?…;:".contains(v.word(k))) k--;
        return k;
    }
}
