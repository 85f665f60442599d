package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds speech in quote marks (DIRECT and PARTIAL quotes): pairs the marks, drops names, titles and
 * page furniture, attributes each span to a cue and the cue to a speaker. A few quoted words with no
 * cue in their sentence come out with neither cue nor speaker: {@link QuoteStage} keeps them only
 * inside reported speech, as scare quotes and terms otherwise; a whole utterance is kept, with no
 * speaker if the text does not settle one.
 */
final class MarkedSpeechFinder implements QuoteFinder {
    private final CueLexicon lexicon;
    private final NonSpeechFilter nonSpeech;

    MarkedSpeechFinder(CueLexicon lexicon, NonSpeechFilter nonSpeech) {
        this.lexicon = lexicon;
        this.nonSpeech = nonSpeech;
    }

    @Override
    public List<Quote> find(TextView v, QuoteSpanFinder.Result found, List<Quote> earlier) {
        Doc doc = v.doc;
        List<QuoteSpanFinder.Pair> speech = found.pairs().stream().filter(p -> nonSpeech.isSpeech(v, p)).toList();
        CarryOver carry = v.cueSpeakers(lexicon);
        List<Cue> cueList = carry.cues();
        SpeakerFinder speakerFinder = carry.finder();
        Attributor.Attribution[] all = new Attributor(v, cueList, speakerFinder).attribute(speech, found.strayClosers());

        List<Attributor.Attribution> kept = new ArrayList<>();
        List<QuoteMode> modes = new ArrayList<>();
        for (Attributor.Attribution a : all) {
            kept.add(a);
            modes.add(Modes.of(v.text, a.pair(), a.trailing()));
        }
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            boolean whole = kept.get(i).cue() == null && modes.get(i) == QuoteMode.DIRECT;
            frames.add(whole ? colonFrame(v, kept.get(i).pair(), speakerFinder) : null);
        }
        Speaker[] speakers = carry.speakers(kept, modes, frames);
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Attributor.Attribution a = kept.get(i);
            Speaker s = speakers[i];
            out.add(new Quote(a.pair().inner(), doc.cover(a.pair().inner()), modes.get(i),
                    a.cue() == null ? null : a.cue().text(), s == null ? null : s.span(), s == null ? null : s.key()));
        }
        return out;
    }

    /**
     * The frame of a quote right after "Subject …:" with no cue verb: the subject of the clause before
     * the colon; null when no colon frame that names a subject stands before the quote.
     */
    private static Frame colonFrame(TextView v, QuoteSpanFinder.Pair p, SpeakerFinder finder) {
        int i = p.open() - 1;
        while (i >= 0 && v.text.charAt(i) == ' ') i--;
        if (i < 0 || v.text.charAt(i) != ':') return null;
        int colon = v.firstTokenAtOrAfter(i);
        if (colon >= v.size() || !v.word(colon).equals(":") || colon == v.sentFirst(v.sentence(colon))) return null;
        return finder.frame(colon);
    }
}
