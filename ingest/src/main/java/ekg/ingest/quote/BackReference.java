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
 * sentence before it in the paragraph, which is then what the cue's speaker said: a new quote, or, when
 * reported speech found there already (a Konjunktiv sentence carried on, a speech act), that quote with
 * the speaker the pointer names. Quote-marked speech keeps its own.
 */
final class BackReference {
    static final Set<String> POINTERS = Set.of("das", "dies", "dieses");

    private BackReference() {}

    /** {@code found} with the sentences the pointers refer to attributed to their cue's speaker. */
    static List<Quote> apply(TextView v, List<Cue> cues, CarryOver speakers, List<Quote> earlier, List<Quote> found) {
        List<Quote> out = new ArrayList<>(found);
        for (Cue c : cues) {
            int s = v.sentence(c.first());
            int first = v.sentFirst(s);
            if (s == 0 || c.first() != first + 1 || !POINTERS.contains(v.lower(first)) || v.sentFirst(s - 1) < 0) continue;
            // "Das dementierte X": X answers the sentence before, which is someone else's
            // "Das hatte niemand erwartet": a cue that reports only its own clause points back to nothing
            if (c.entry().answers() || c.entry().clauseOnly()) continue;
            int from = v.sentFirst(s - 1);
            int to = UnmarkedSpeech.lastWord(v, s - 1);
            if (to <= from || !".!?".contains(v.word(v.sentLast(s - 1)))) continue;
            Span span = new Span(v.token(from).span().begin(), v.token(to).span().end());
            if (v.paragraphOf(span.begin()) != v.paragraphOf(v.token(first).span().begin())) continue;
            // words in quote marks keep their speaker; a few quoted words inside the sentence do not stop it
            if (earlier.stream().anyMatch(q -> q.mode() == QuoteMode.DIRECT && q.span().overlaps(span))) continue;
            Speaker sp = speakers.speakerOf(c);
            Span sentence = new Span(span.begin(), v.token(v.sentLast(s - 1)).span().end());
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i);
                if (!q.span().overlaps(span)) continue;
                replaced = true;
                // a speaker the sentence itself names by its own cue stays; a speech act's subject or a carried-over one gives way
                boolean own = q.cue() != null && q.mode() == QuoteMode.INDIRECT && q.speakerKey() != null;
                if (sp != null && !q.mode().verbatim() && !own && sentence.contains(q.span())) {
                    out.set(i, new Quote(q.span(), q.text(), q.mode(), c.text(), sp.span(), sp.key()));
                }
            }
            if (!replaced) {
                out.add(new Quote(span, span.of(v.text), QuoteMode.INDIRECT, c.text(), sp == null ? null : sp.span(),
                        sp == null ? null : sp.key()));
            }
        }
        return out;
    }
}
