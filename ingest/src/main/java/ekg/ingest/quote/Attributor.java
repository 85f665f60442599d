package ekg.ingest.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cue each quoted span belongs to, from the text around it: a cue right after the closing
 * mark („…“, sagte X); a clause-opening cue later in the sentence (…, schrieb X); the nearest cue
 * before it in its sentence (X sagte: „…“); any later cue in the sentence. Then quotes standing next
 * to each other share a cue („A.“ „B“, sagte X), and a cue after a closing mark that lost its opener
 * goes back to the quote before it in the paragraph; a quote that is a sentence of its own takes the
 * cue of a next sentence that points back to it ("Das sagte X").
 */
final class Attributor {
    /** The cue of one quoted span, and whether it follows the closing mark directly. */
    record Attribution(QuoteSpanFinder.Pair pair, Cue cue, boolean trailing) {}

    private final TextView v;
    private final List<Cue> cues;
    private final SpeakerFinder speakers;
    private final Map<Integer, Cue> byFirstToken = new HashMap<>();

    Attributor(TextView v, List<Cue> cues, SpeakerFinder speakers) {
        this.v = v;
        // a cue that reports only its clause ("erwartet, dass …") attributes no quoted words beside it
        this.cues = cues.stream().filter(c -> !c.entry().clauseOnly()).toList();
        this.speakers = speakers;
        this.cues.forEach(c -> byFirstToken.put(c.first(), c));
    }

    Attribution[] attribute(List<QuoteSpanFinder.Pair> pairs, List<Integer> strayClosers) {
        Attribution[] out = new Attribution[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            QuoteSpanFinder.Pair p = pairs.get(i);
            Cue trailing = trailingCue(p.close());
            Cue cue = trailing != null ? trailing : sentenceCue(p);
            out[i] = new Attribution(p, cue != null ? cue : pointedBack(p), trailing != null);
        }
        strayClosers.forEach(s -> backLink(s, out));
        shareAlongChains(out);
        return out;
    }

    /** A cue whose first word follows the mark at {@code close} with only spaces, commas or dashes between. */
    private Cue trailingCue(int close) {
        int c = close + 1;
        while (c < v.text.length() && v.text.charAt(c) != '\n'
                && (Character.isWhitespace(v.text.charAt(c)) || ",–—-".indexOf(v.text.charAt(c)) >= 0)) {
            c++;
        }
        int k = v.firstTokenAtOrAfter(c);
        return k < v.size() && v.token(k).span().begin() == c ? byFirstToken.get(k) : null;
    }

    private Cue sentenceCue(QuoteSpanFinder.Pair p) {
        int openTok = v.firstTokenAtOrAfter(p.open());
        int closeTok = Math.min(v.firstTokenAtOrAfter(p.close()), v.size() - 1);
        if (openTok >= v.size()) return null;
        int so = v.sentence(openTok);
        int sc = v.sentence(closeTok);
        Cue before = null;
        Cue laterOpening = null;
        Cue later = null;
        for (Cue c : cues) {
            int b = v.token(c.first()).span().begin();
            int s = v.sentence(c.first());
            if (b < p.open() && s == so) before = c;
            if (b > p.close() && s == sc) {
                if (later == null) later = c;
                if (laterOpening == null && (speakers.inverted(c.first()) || c.entry().speakerAfter())) laterOpening = c;
            }
        }
        if (laterOpening != null) return laterOpening;
        return before != null ? before : later;
    }

    /**
     * „…“ Das sagte X.: a quote that is a sentence of its own, and the next sentence of its paragraph
     * opens with "Das"/"Dies" and a cue, which points back to it (not one that answers it: "Das bestritt X").
     */
    private Cue pointedBack(QuoteSpanFinder.Pair p) {
        int open = v.firstTokenAtOrAfter(p.open());
        int close = v.firstTokenAtOrAfter(p.close());
        if (close >= v.size() || open != v.sentFirst(v.sentence(open))) return null;
        int next = close + 1;
        while (next < v.size() && v.sentence(next) == v.sentence(close)) {
            if (!".!?".contains(v.word(next))) return null;
            next++;
        }
        if (next + 1 >= v.size() || v.paragraphOf(v.token(next).span().begin()) != v.paragraphOf(p.close())
                || !BackReference.POINTERS.contains(v.lower(next))) {
            return null;
        }
        // "Das sagte X", "Das musste X einräumen": the first cue of that sentence
        int s = v.sentence(next);
        Cue c = cues.stream().filter(k -> v.sentence(k.first()) == s).findFirst().orElse(null);
        return c != null && !c.entry().answers() && !c.entry().carry() ? c : null;
    }

    /** „A …“ B …“, sagte X: the cue after a stray closer belongs to the quote before it. */
    private void backLink(int stray, Attribution[] out) {
        Cue cue = trailingCue(stray);
        if (cue == null) return;
        for (int i = out.length - 1; i >= 0; i--) {
            QuoteSpanFinder.Pair p = out[i].pair();
            if (p.close() > stray) continue;
            boolean samePara = v.paragraphOf(p.close()) == v.paragraphOf(stray);
            if (samePara && out[i].cue() == null && noCueBetween(p.close(), stray)) {
                out[i] = new Attribution(p, cue, true);
            }
            return;
        }
    }

    private boolean noCueBetween(int from, int to) {
        return cues.stream().map(c -> v.token(c.first()).span().begin()).noneMatch(b -> b > from && b < to);
    }

    /** Quotes separated by nothing but spaces share a cue; the later quote's cue wins („A.“ „B“, sagte X). */
    private void shareAlongChains(Attribution[] out) {
        for (int i = out.length - 2; i >= 0; i--) {
            if (out[i].cue() == null && out[i + 1].cue() != null && adjacent(out[i].pair(), out[i + 1].pair())) {
                out[i] = new Attribution(out[i].pair(), out[i + 1].cue(), false);
            }
        }
        for (int i = 1; i < out.length; i++) {
            if (out[i].cue() == null && out[i - 1].cue() != null && adjacent(out[i - 1].pair(), out[i].pair())) {
                out[i] = new Attribution(out[i].pair(), out[i - 1].cue(), false);
            }
        }
    }

    private boolean adjacent(QuoteSpanFinder.Pair a, QuoteSpanFinder.Pair b) {
        String between = v.text.substring(a.close() + 1, b.open());
        return between.isBlank() && between.indexOf('\n') < 0;
    }
}
