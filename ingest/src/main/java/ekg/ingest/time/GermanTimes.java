package ekg.ingest.time;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.TimeExpression;
import ekg.ingest.time.TimeGrammar.Found;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads German time phrases outside the pipeline: what a phrase means against a given anchor, and
 * the anchor of an article. Used when an article's date becomes known only later, from the events it
 * shares with dated articles.
 *
 * <pre>{@code
 * GermanTimes.normalize("im vergangenen Herbst", Anchor.of("2024-06", "published"));  // "2023-09/2023-11"
 * }</pre>
 */
public final class GermanTimes {
    /** The length of an ISO date, "2024-06-18". */
    private static final int FULL_DATE = 10;

    private GermanTimes() {
    }

    /** The ISO value of {@code phrase} (one whole time phrase) against {@code anchor}; null when not resolvable. */
    public static String normalize(String phrase, Anchor anchor) {
        Found f = TimeGrammar.parse(phrase);
        return f == null ? null : TimeResolver.resolve(f, anchor);
    }

    /** Whether {@code phrase} names a time without any anchor ("im Jahr 2000", "September 2023"). */
    public static boolean isAbsolute(String phrase) {
        Found f = TimeGrammar.parse(phrase);
        return f != null && f.absolute();
    }

    /**
     * The anchor of an article: from its metadata, else inferred from the time phrases of its TIMES layer
     * (inference reads only what each phrase says, so the text is not scanned again); null when neither says.
     */
    public static Anchor anchor(Doc doc) {
        // A full date of publication is the anchor and its reference day: the phrases would not be read.
        Optional<String> published = doc.metadata().published();
        if (published.isPresent() && published.get().length() >= FULL_DATE) return AnchorInference.anchor(published, List.of());
        List<Found> found = new ArrayList<>();
        for (TimeExpression t : doc.times()) {
            Found f = TimeGrammar.parse(t.text());
            if (f != null) found.add(f);
        }
        return AnchorInference.anchor(doc.metadata().published(), found);
    }
}
