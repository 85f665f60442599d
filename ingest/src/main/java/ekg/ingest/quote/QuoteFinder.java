package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;

import java.util.List;

/**
 * One way of finding quotes; {@link QuoteStage} runs several in order (quote-marked speech, then
 * reported speech), each seeing what the ones before it found. Implementations keep no state between
 * documents.
 */
interface QuoteFinder {

    /** The quotes this finder sees in {@code doc}, in any order; {@code earlier} are those of the finders before it. */
    List<Quote> find(Doc doc, List<Quote> earlier);
}
