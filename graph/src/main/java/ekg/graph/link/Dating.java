package ekg.graph.link;

import ekg.ingest.time.Anchor;

/**
 * An undated article's date as the event linker infers it: from the dated event that one of its own
 * events is the only fit for, the latest such event when there are several ({@code begin}), the first of
 * the article's events breaking a tie ({@code order}: its first mention). Candidates from the events of
 * each type reduce to one per article with {@link #later}, in any order, to the date that linking all
 * types at once gives.
 */
record Dating(String article, String begin, String order, String type, String time) {

    /** The later of two candidates for one article; the earlier event of the article among equally late ones. */
    static Dating later(Dating a, Dating b) {
        int c = a.begin.compareTo(b.begin);
        if (c != 0) return c > 0 ? a : b;
        return a.order.compareTo(b.order) <= 0 ? a : b;
    }

    /** The anchor the article's relative time phrases are resolved against. */
    Anchor anchor() {
        TimeRange r = TimeRange.parse(time);
        Anchor a = Anchor.of(r.first().toString().substring(0, 7), "inferred from the " + type + " of " + time
                + " it shares with dated reports");
        return r.days() <= 7 ? a.withDay(r.first(), "the event's first day") : a;
    }
}
