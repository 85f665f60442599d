package ekg.ingest.quote;

import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges what the finders found into one list. Quote-marked quotes do not overlap one another (the
 * first found wins); reported speech may contain quote-marked words but never cuts through them. A
 * quote-marked quote inside reported speech takes its speaker (and cue) when it has none; a few quoted
 * words with no cue outside reported speech are scare quotes or terms and are dropped.
 */
final class QuoteMerge {
    private QuoteMerge() {}

    static List<Quote> merge(List<Quote> found) {
        List<Quote> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Quote::span));
        List<Quote> marked = new ArrayList<>();
        for (Quote q : sorted) {
            if (q.mode().verbatim() && marked.stream().noneMatch(o -> o.span().overlaps(q.span()))) marked.add(q);
        }
        List<Quote> reported = new ArrayList<>();
        for (Quote q : sorted) {
            if (!q.mode().verbatim() && fits(q, marked) && reported.stream().noneMatch(o -> o.span().overlaps(q.span()))) {
                reported.add(q);
            }
        }
        List<Quote> out = new ArrayList<>(reported);
        for (Quote q : marked) {
            Quote around = reported.stream().filter(r -> r.span().contains(q.span())).findFirst().orElse(null);
            if (around != null && !q.hasSpeaker()) {
                out.add(new Quote(q.span(), q.text(), q.mode(), q.cue() != null ? q.cue() : around.cue(),
                        around.speakerSpan(), around.speakerKey()));
            } else if (around != null || q.mode() != QuoteMode.PARTIAL || q.cue() != null) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparing(Quote::span));
        return List.copyOf(out);
    }

    /** Reported speech may hold quote-marked words, but neither cuts through them nor lies inside them. */
    private static boolean fits(Quote r, List<Quote> marked) {
        return marked.stream().noneMatch(m -> m.span().overlaps(r.span()) && !r.span().contains(m.span()));
    }
}
