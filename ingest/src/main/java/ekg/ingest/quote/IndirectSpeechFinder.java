package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds reported speech without quote marks, sentence by sentence: the clause a cue reports (see
 * {@link ReportedClause}) as an INDIRECT quote with the cue's speaker; a speech act whose content is a
 * noun phrase ("Sie kritisierte den Plan") as a REPORTED quote; and sentences whose verb is in the
 * subjunctive, which in news report what someone said. Such a sentence right after an attributed
 * one carries that speaker on ("Er sagte, X sei … . Man müsse …"); right after a writer's sentence it
 * takes that sentence's subject ({@link Passage}); after a gap, a subheading or another person's
 * words, it keeps no speaker. Konjunktiv II (wäre, würde) counts only inside a
 * passage of reported speech, since the writer uses it too. A speaker the text does not settle is
 * left empty rather than guessed.
 */
final class IndirectSpeechFinder implements QuoteFinder {
    /** The passage of reported speech running up to a sentence: its speaker (or null) and last sentence. */
    private record Chain(Speaker speaker, int sentence, boolean verbatim) {}

    /**
     * Fewest quote pairs of copy that keeps its quote marks; a single pair is a headline or a name
     * even in copy whose marks were stripped.
     */
    private static final int MARKED_COPY = 2;

    /** Most sentences back to the passage a Konjunktiv I sentence resumes. */
    private static final int RESUME_GAP = 3;

    private final CueLexicon lexicon;

    IndirectSpeechFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Quote> find(TextView v, QuoteSpanFinder.Result marks, List<Quote> earlier) {
        CarryOver speakers = v.cueSpeakers(lexicon);
        List<Cue> cues = speakers.cues();
        SpeakerFinder finder = speakers.finder();
        Clauses subjects = new Clauses(v);
        ReportedClause clauses = new ReportedClause(v, cues, finder);
        List<Quote> out = new ArrayList<>();
        Chain chain = null;
        // copy whose quote marks were stripped: verbatim speech runs on without them
        boolean stripped = marks.pairs().size() < MARKED_COPY;
        int sentences = v.doc.sentences().size();
        for (int s = 0; s < sentences; s++) {
            if (v.sentFirst(s) < 0) continue;
            boolean live = chain != null && chain.sentence() == s - 1 && !startsParagraphAfterHeading(v, s);
            Quote colon = ColonFrames.colonFrame(v, s, cues, speakers);
            if (colon != null) {
                out.add(colon);
                // "Das muss enden, sagte X: Wir …": the clause before the frame is said too
                Quote before = reported(v, s, cues, clauses, speakers);
                if (before != null && before.span().end() <= colon.span().begin()) out.add(before);
                chain = new Chain(speakerOf(colon), s, colon.mode() == QuoteMode.DIRECT);
                continue;
            }
            Quote reported = reported(v, s, cues, clauses, speakers);
            if (reported != null) {
                out.add(reported);
                if (stripped && reported.mode() == QuoteMode.DIRECT) out.addAll(UnmarkedSpeech.runBefore(v, s, reported, out));
                chain = new Chain(speakerOf(reported), s, reported.mode() == QuoteMode.DIRECT);
                continue;
            }
            boolean hasQuote = hasMarkedQuote(v, s, earlier);
            Speaker quoted = quotedSpeaker(v, s, earlier);
            Speaker cueSpeaker = cueSpeaker(v, s, cues, speakers);
            if (quoted != null || hasQuote) {
                chain = new Chain(quoted, s, false);
            } else if (cueSpeaker != null && !Passage.cueInReport(v, s, cues, live)) {
                Quote act = act(v, s, cues, speakers);
                if (act != null) out.add(act);
                chain = new Chain(cueSpeaker, s, false);
            } else if (live && (chain.speaker() != null || chain.verbatim()) && (UnmarkedSpeech.firstPerson(v, s)
                    || stripped && chain.verbatim() && UnmarkedSpeech.goesOn(v, s))) {
                out.add(quote(v, v.sentFirst(s), UnmarkedSpeech.lastWord(v, s), null, chain.speaker(), QuoteMode.DIRECT));
                chain = new Chain(chain.speaker(), s, true);
            } else if (Passage.continues(v, s, live)) {
                Speaker sp = live || resumes(v, chain, s) ? chain.speaker() : null;
                // "Die Ministerin sieht das gelassen. Man habe …": the writer's sentence before names who speaks
                if (sp == null && !live && s > 0 && sameParagraph(v, s - 1, s) && Passage.subjunctive(v, s)) {
                    sp = Passage.narrator(v, s - 1, finder, subjects);
                }
                out.add(quote(v, v.sentFirst(s), UnmarkedSpeech.lastWord(v, s), null, sp, QuoteMode.INDIRECT));
                chain = new Chain(sp, s, false);
            } else {
                // a speech act whose speaker the text leaves open (a pronoun, "wurde kritisiert") is still one
                Quote act = act(v, s, cues, speakers);
                if (act != null) {
                    out.add(act);
                    chain = new Chain(null, s, false);
                }
            }
        }
        return BackReference.apply(v, cues, speakers, earlier, out).stream()
                .map(q -> stripped && UnmarkedSpeech.voiced(v, q) ? q : UnmarkedSpeech.rendered(q)).toList();
    }

    /**
     * A Konjunktiv I sentence shortly after a passage in the same paragraph, with only the writer's
     * sentences between and no other person named in them, resumes that passage's speaker.
     */
    private static boolean resumes(TextView v, Chain chain, int s) {
        if (chain == null || chain.speaker() == null || s - chain.sentence() > RESUME_GAP) return false;
        if (!sameParagraph(v, chain.sentence(), s)) return false;
        for (int k = v.sentFirst(chain.sentence() + 1); k >= 0 && k < v.sentFirst(s); k++) {
            Mention m = v.mentionAt(k);
            if (m != null && m.type() == EntityType.PER && !m.span().equals(chain.speaker().span())
                    && !Objects.equals(v.entityKey(m.span()), chain.speaker().key())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameParagraph(TextView v, int s, int t) {
        return v.sentFirst(s) >= 0 && v.paragraphOf(v.token(v.sentFirst(s)).span().begin())
                == v.paragraphOf(v.token(v.sentFirst(t)).span().begin());
    }

    /** The first cue of sentence {@code s} whose reported clause is the writer's, as a quote. */
    private static Quote reported(TextView v, int s, List<Cue> cues, ReportedClause clauses, CarryOver speakers) {
        for (Cue c : cues) {
            if (v.sentence(c.first()) != s) continue;
            ReportedClause.Range r = clauses.of(c);
            if (r == null) continue;
            Speaker sp = speakers.speakerOf(c);
            // the clause before ", sagte X" is verbatim; not when it names the speaker (X zögerte, sagte aber …)
            boolean opens = r.first() == v.sentFirst(s) || v.word(r.first() - 1).equals(":");
            // the speaker after the cue; an unnamed one ("sagte der Steirer") still marks the clause as said
            boolean after = sp != null ? sp.span().begin() > v.token(r.last()).span().end()
                    : ClauseShape.nounPhraseAfter(v, c.first());
            // a finite cue before its subject ("…, sagte X"), not a participle ("…, genannt X")
            after &= Mood.isVerb(v, c.first()) || c.entry().postposed();
            boolean verbatim = after && r.last() == c.first() - 2 && opens
                    && !UnmarkedSpeech.subjunctiveClause(v, r.first(), r.last()) && !hasSubjunctive(v, r)
                    && ClauseShape.mainClause(v, r.first(), r.last());
            return quote(v, r.first(), r.last(), c.text(), sp, verbatim ? QuoteMode.DIRECT : QuoteMode.INDIRECT);
        }
        return null;
    }

    /**
     * A speech act with a noun phrase for content: a cue that takes one, in a sentence without quote
     * marks; the whole sentence is reported, with the cue's speaker where it has one.
     */
    private static Quote act(TextView v, int s, List<Cue> cues, CarryOver speakers) {
        Cue open = null;
        for (Cue c : cues) {
            if (v.sentence(c.first()) != s || !c.entry().act() || refersBack(v, s, c)) continue;
            Speaker sp = speakers.speakerOf(c);
            if (sp != null) return quote(v, v.sentFirst(s), UnmarkedSpeech.lastWord(v, s), c.text(), sp, QuoteMode.REPORTED);
            if (open == null) open = c;
        }
        return open == null ? null : quote(v, v.sentFirst(s), UnmarkedSpeech.lastWord(v, s), open.text(), null, QuoteMode.REPORTED);
    }

    /** "Das berichtete die Zeitung": the cue frames the sentence before, its object no content of its own. */
    private static boolean refersBack(TextView v, int s, Cue c) {
        int first = v.sentFirst(s);
        return c.first() == first + 1 && (v.isWord(first, "das") || v.isWord(first, "dies") || v.isWord(first, "dieses"));
    }

    private static boolean hasSubjunctive(TextView v, ReportedClause.Range r) {
        for (int k = r.first(); k <= r.last(); k++) if (!v.quoted(k) && Mood.subjunctive(v, k)) return true;
        return false;
    }

    private static Speaker cueSpeaker(TextView v, int s, List<Cue> cues, CarryOver speakers) {
        for (Cue c : cues) {
            if (v.sentence(c.first()) == s && speakers.speakerOf(c) != null) return speakers.speakerOf(c);
        }
        return null;
    }

    private static Speaker speakerOf(Quote q) {
        return q.speakerSpan() == null ? null : new Speaker(q.speakerSpan(), q.speakerKey());
    }

    private static boolean hasMarkedQuote(TextView v, int s, List<Quote> earlier) {
        int b = v.token(v.sentFirst(s)).span().begin();
        int e = v.token(v.sentLast(s)).span().end();
        return earlier.stream().anyMatch(q -> q.mode().verbatim() && q.span().end() > b && q.span().begin() < e
                && q.mode() == QuoteMode.DIRECT);
    }

    /** The speaker of a quote-marked quote in sentence {@code s}, if one was attributed. */
    private static Speaker quotedSpeaker(TextView v, int s, List<Quote> earlier) {
        int b = v.token(v.sentFirst(s)).span().begin();
        int e = v.token(v.sentLast(s)).span().end();
        Speaker found = null;
        for (Quote q : earlier) {
            if (q.span().end() <= b || q.span().begin() >= e || !q.mode().verbatim()) continue;
            if (q.speakerKey() == null && q.cue() != null) return null;
            if (q.speakerKey() != null) found = new Speaker(q.speakerSpan(), q.speakerKey());
        }
        return found;
    }

    /** A line without final punctuation before the sentence is a subheading: the report ended above it. */
    private static boolean startsParagraphAfterHeading(TextView v, int s) {
        if (s == 0) return false;
        int prevLast = v.sentLast(s - 1);
        if (prevLast < 0) return true;
        String w = v.word(prevLast);
        return !(".!?…".contains(w) || QuoteMarks.isMark(w.charAt(0)));
    }

    private static Quote quote(TextView v, int first, int last, String cue, Speaker sp, QuoteMode mode) {
        Span span = new Span(v.token(first).span().begin(), v.token(last).span().end());
        return new Quote(span, span.of(v.text), mode, cue, sp == null ? null : sp.span(), sp == null ? null : sp.key());
    }
}
