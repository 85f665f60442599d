package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds quotes in a German article and who said them: speech in quote marks, as DIRECT or PARTIAL
 * quotes, and reported speech without quote marks, as INDIRECT quotes, with the cue word and the
 * speaker entity where the text settles them.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(sentences).add(tokens).add(pos).add(names).add(resolver)
 *         .add(new QuoteStage()).build();
 * for (Quote q : p.process(doc).quotes()) System.out.println(q.speakerKey() + ": " + q.text());
 * }</pre>
 */
public final class QuoteStage implements Stage {
    private final QuoteSpanFinder marks = new QuoteSpanFinder(QuoteSpanFinder.DEFAULT_MAX_CHARS);
    private final List<QuoteFinder> finders;

    /** The stage with the shipped German cue list. */
    public QuoteStage() {
        this(CueLexicon.german());
    }

    /** The stage with another cue list, e.g. {@code new QuoteStage(CueLexicon.load(path))}. */
    public QuoteStage(CueLexicon cues) {
        Objects.requireNonNull(cues, "cues == null");
        this.finders = List.of(new MarkedSpeechFinder(cues, NonSpeechFilter.german()),
                new IndirectSpeechFinder(cues));
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        // the speakers an article describes but never names are entities of their own
        return EnumSet.of(Layer.QUOTES, Layer.ENTITIES);
    }

    @Override
    public Doc process(Doc doc) {
        List<Quote> all = new ArrayList<>();
        QuoteSpanFinder.Result found = marks.find(doc.text());
        TextView v = new TextView(doc, found.pairs());
        for (QuoteFinder f : finders) all.addAll(f.find(v, found, List.copyOf(all)));
        List<Quote> quotes = QuoteMerge.merge(all).stream().map(q -> withStop(v, q)).toList();
        List<Entity> unnamed = UnnamedSpeakers.entities(doc, quotes, SpeakerFinder.ROLE_NOUNS);
        if (unnamed.isEmpty()) return doc.withQuotes(quotes);
        List<Entity> entities = new ArrayList<>(doc.entities());
        entities.addAll(unnamed);
        return doc.withQuotes(quotes).withEntities(entities);
    }

    /**
     * A quote without marks that is a whole sentence, or all of it after a colon, is printed with the
     * sentence's final stop, and so is a reported clause after a cue that runs to the sentence's end
     * ("Er sagte, dass …."); a clause taken from inside a sentence ends at its last word.
     */
    private static Quote withStop(TextView v, Quote q) {
        int k = v.firstTokenAtOrAfter(q.span().begin());
        if (k >= v.size()) return q;
        int s = v.sentence(k);
        int stop = v.sentLast(s);
        boolean opens = k == v.sentFirst(s) || k > v.sentFirst(s) && v.word(k - 1).equals(":")
                || k > v.sentFirst(s) && v.word(k - 1).equals(",") && q.cue() != null && q.mode() == QuoteMode.INDIRECT;
        if (!opens || stop <= k || !".!?…".contains(v.word(stop))) return q;
        int end = v.token(stop).span().begin();
        if (end < q.span().end() || !v.text.substring(q.span().end(), end).isBlank()) return q;
        Span span = new Span(q.span().begin(), v.token(stop).span().end());
        return new Quote(span, span.of(v.text), q.mode(), q.cue(), q.speakerSpan(), q.speakerKey());
    }
}
