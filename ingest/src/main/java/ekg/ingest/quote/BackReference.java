package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech framed after the fact: "Die Partei schließt ein Bündnis aus. Dies bestätigte ihr
 * Vorsitzender am Abend." A sentence that opens with "Das"/"Dies" and a cue points back to the
 * sentence before it in the paragraph, which is then what the cue's speaker said, unless another quote
 * covers it already.
 */
final class BackReference {
    private static final Set<String> POINTERS = Set.of("das", "dies", "dieses");

    private BackReference() {}

    static List<Quote> quotes(TextView v, List<Cue> cues, CarryOver speakers, List<Quote> earlier, List<Quote> found) {
        List<Quote> out = new ArrayList<>();
        for (Cue c : cues) {
            int s = v.sentence(c.first());
            int first = v.sentFirst(s);
            if (s == 0 || c.first() != first + 1 || !POINTERS.contains(v.lower(first)) || v.sentFirst(s - 1) < 0) continue;
            int from = v.sentFirst(s - 1);
            int to = UnmarkedSpeech.lastWord(v, s - 1);
            if (to <= from || !".!?".contains(v.word(v.sentLast(s - 1)))) continue;
            Span span = new Span(v.token(from).span().begin(), v.token(to).span().end());
            if (v.paragraphOf(span.begin()) != v.paragraphOf(v.token(first).span().begin())) continue;
            if (covered(span, earlier) || covered(span, found) || covered(span, out)) continue;
            Speaker sp = speakers.speakerOf(c);
            out.add(new Quote(span, span.of(v.text), QuoteMode.INDIRECT, c.text(), sp == null ? null : sp.span(),
                    sp == null ? null : sp.key()));
        }
        return out;
    }

    private static boolean covered(Span span, List<Quote> quotes) {
        return quotes.stream().anyMatch(q -> q.span().overlaps(span));
    }
}
