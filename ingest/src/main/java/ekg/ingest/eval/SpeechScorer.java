package ekg.ingest.eval;

import ekg.ingest.doc.QuoteMode;
import ekg.ingest.eval.Extraction.ExtractedQuote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores speech against development-set gold exactly as the reference scorer {@code score_wn.py} does:
 * a gold statement is found when an extracted quote of its article contains its folded text, or lies
 * inside it and is longer than eight characters; quote-marked extracted speech (direct, partial) that
 * matches no gold statement of any mode is a false positive, since the gold lists direct speech fully.
 */
final class SpeechScorer {
    private static final List<String> ORDER = List.of("direct", "partial", "indirect", "reported");

    private record Found(ExtractedQuote quote, String text) {}

    private final Extraction x;

    SpeechScorer(Extraction x) {
        this.x = x;
    }

    SpeechScore score(DevGold gold) {
        Map<String, List<Found>> byArticle = new LinkedHashMap<>();
        for (String a : gold.articles() != null ? gold.articles() : x.articles()) {
            List<Found> l = byArticle.computeIfAbsent(a, k -> new ArrayList<>());
            x.quotes(a).forEach(q -> l.add(new Found(q, RefText.fold(q.text()))));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        ORDER.forEach(m -> counts.put(m, new int[4]));
        Map<Found, Boolean> used = new IdentityHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (DevGold.Speech g : gold.speech()) {
            int[] c = counts.computeIfAbsent(g.mode(), k -> new int[4]);
            c[0]++;
            String want = RefText.fold(g.contains());
            List<Found> hits = byArticle.getOrDefault(g.article(), List.of()).stream().filter(f -> overlaps(f.text(), want)).toList();
            hits.forEach(f -> used.put(f, true));
            if (!hits.isEmpty()) c[1]++;
            else cases.add(new Case("missed", g.article(), g.span(), g.contains(), g.name(), null));
            if (g.name() == null) continue;
            c[2]++;
            Set<String> labels = new TreeSet<>();
            hits.stream().filter(f -> f.quote().speakerId() != null).forEach(f -> labels.addAll(x.labels(f.quote().speakerId())));
            Set<String> words = RefText.capitalised(g.name(), false);
            if (labels.stream().anyMatch(l -> RefText.shareWord(words, l, false))) c[3]++;
            else if (!hits.isEmpty()) cases.add(new Case("wrong speaker", g.article(), g.span(), g.contains(), g.name(),
                    labels.isEmpty() ? "(no speaker)" : String.join(" | ", labels)));
        }
        int marked = 0;
        int unmatched = 0;
        for (Map.Entry<String, List<Found>> e : byArticle.entrySet()) {
            for (Found f : e.getValue()) {
                if (f.quote().mode() != QuoteMode.DIRECT && f.quote().mode() != QuoteMode.PARTIAL) continue;
                marked++;
                if (used.containsKey(f)) continue;
                unmatched++;
                cases.add(new Case("no gold statement", e.getKey(), null, f.quote().text(), null, mode(f.quote())));
            }
        }
        List<SpeechScore.Mode> modes = new ArrayList<>();
        counts.forEach((m, c) -> {
            if (c[0] > 0 || !m.equals("partial")) modes.add(new SpeechScore.Mode(m, c[0], c[1], c[2], c[3]));
        });
        return new SpeechScore(List.copyOf(modes), new Ratio(marked - unmatched, marked), List.copyOf(cases));
    }

    /** The reference's test: the extracted text contains the gold text, or lies in it and is longer than 8. */
    static boolean overlaps(String extracted, String gold) {
        if (extracted.isEmpty()) return false;
        return extracted.contains(gold) || (extracted.codePointCount(0, extracted.length()) > 8 && gold.contains(extracted));
    }

    private static String mode(ExtractedQuote q) {
        return q.mode().name().toLowerCase(Locale.ROOT);
    }
}
