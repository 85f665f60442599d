package ekg.ingest.eval;

import ekg.ingest.eval.Extraction.ExtractedQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores quotes as the gold format says: an extracted quote matches a gold one in the same article
 * when one text contains the other, and is right when its speaker resolves to the gold speaker. An
 * extracted quote is judged by the gold entry closest to it in length, so a scare-quoted term inside a
 * longer gold quote falls to its ambiguous entry, and a name in quote marks to its not-quote entry.
 */
final class QuoteScorer {
    private record Entry(String article, String text, GoldFile.Quote quote, String why) {}

    private final Extraction x;
    private final Speakers speakers;

    QuoteScorer(Extraction x, Speakers speakers) {
        this.x = x;
        this.speakers = speakers;
    }

    QuoteScore score(GoldFile gold) {
        List<QuoteScore.Miss> misses = new ArrayList<>();
        int markedGold = 0, markedFound = 0, indirectGold = 0, indirectFound = 0;
        for (GoldFile.Quote g : gold.quotes()) {
            boolean marked = !g.mode().equalsIgnoreCase("indirect");
            List<ExtractedQuote> cands = x.quotes(g.article()).stream()
                    .filter(q -> !marked || q.mode().verbatim())
                    .filter(q -> Texts.matches(q.text(), g.contains())).toList();
            boolean hit = cands.stream().anyMatch(q -> speakers.is(q.speakerId(), g.speaker()));
            if (marked) markedGold++; else indirectGold++;
            if (hit && marked) markedFound++;
            if (hit && !marked) indirectFound++;
            if (!hit) misses.add(new QuoteScore.Miss(g.article(), g.mode(), g.contains(), g.speaker(), got(cands)));
        }
        List<QuoteScore.FalsePositive> fps = new ArrayList<>();
        int right = 0, ignored = 0;
        List<Entry> entries = entries(gold);
        for (String article : x.articles()) {
            for (ExtractedQuote q : x.quotes(article)) {
                if (!q.mode().verbatim()) continue;
                Entry best = closest(article, q, entries);
                if (best != null && best.quote() == null && best.why() != null && !best.why().startsWith("!")) {
                    ignored++;
                } else if (best != null && best.quote() != null && speakers.is(q.speakerId(), best.quote().speaker())) {
                    right++;
                } else {
                    fps.add(new QuoteScore.FalsePositive(article, mode(q), q.text(), speakers.name(q.speakerId()),
                            why(best)));
                }
            }
        }
        Ratio p = new Ratio(right, right + fps.size());
        Ratio r = new Ratio(markedFound, markedGold);
        return new QuoteScore(p, r, Ratio.f1(p, r), new Ratio(indirectFound, indirectGold), ignored,
                List.copyOf(misses), List.copyOf(fps));
    }

    private String got(List<ExtractedQuote> cands) {
        if (cands.isEmpty()) return "not found";
        return String.join(", ", cands.stream().map(q -> speakers.name(q.speakerId()) + " (" + mode(q) + ")")
                .distinct().toList());
    }

    private static String why(Entry best) {
        if (best == null) return "no gold quote";
        if (best.quote() != null) return "expected " + best.quote().speaker();
        return "not a quote: " + best.why().substring(1);
    }

    private static List<Entry> entries(GoldFile gold) {
        List<Entry> out = new ArrayList<>();
        gold.quotes().forEach(q -> out.add(new Entry(q.article(), q.contains(), q, null)));
        if (gold.ambiguous() != null) {
            gold.ambiguous().forEach(a -> out.add(new Entry(a.article(), a.contains(), null, a.why() == null ? "" : a.why())));
        }
        if (gold.notQuotes() != null) {
            gold.notQuotes().forEach(n -> out.add(new Entry(n.article(), n.contains(), null,
                    "!" + (n.why() == null ? "" : n.why()))));
        }
        return out;
    }

    /** The matching entry nearest in length; on a tie a right-speaker quote, then an ambiguous span. */
    private Entry closest(String article, ExtractedQuote q, List<Entry> entries) {
        Entry best = null;
        int bestDiff = Integer.MAX_VALUE;
        int len = Texts.normal(q.text()).length();
        for (Entry e : entries) {
            if (!e.article().equals(article) || !Texts.matches(q.text(), e.text())) continue;
            int diff = Math.abs(Texts.normal(e.text()).length() - len);
            if (diff < bestDiff || (diff == bestDiff && rank(q, e) < rank(q, best))) {
                best = e;
                bestDiff = diff;
            }
        }
        return best;
    }

    private int rank(ExtractedQuote q, Entry e) {
        if (e.quote() != null) return speakers.is(q.speakerId(), e.quote().speaker()) ? 0 : 2;
        return e.why().startsWith("!") ? 3 : 1;
    }

    private static String mode(ExtractedQuote q) {
        return q.mode().name().toLowerCase(Locale.ROOT);
    }
}
