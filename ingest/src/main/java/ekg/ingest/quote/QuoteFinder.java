package ekg.ingest.quote;

import ekg.ingest.doc.Quote;

import java.util.List;

/**
 * One way of finding quotes; {@link QuoteStage} runs several in order (quote-marked speech, then
 * reported speech), each seeing what the ones before it found, all reading one view of the document
 * that the stage builds once. Implementations keep no state between documents.
 */
interface QuoteFinder {

    /**
     * The quotes this finder sees in the document of {@code v}, in any order; {@code marks} are its
     * quote-mark pairs, {@code earlier} the quotes of the finders before it.
     */
    List<Quote> find(TextView v, QuoteSpanFinder.Result marks, List<Quote> earlier);
}
