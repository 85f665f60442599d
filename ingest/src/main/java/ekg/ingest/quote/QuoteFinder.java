package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Quote;

import java.util.List;

/**
 * One way of finding quotes; {@link QuoteStage} runs several (quote-marked speech today, reported
 * speech later). Implementations keep no state between documents.
 */
interface QuoteFinder {

    /** The quotes this finder sees in {@code doc}, in any order. */
    List<Quote> find(Doc doc);
}
