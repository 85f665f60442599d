package ekg.ingest.correct;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EventMention;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.Span;
import ekg.ingest.pipeline.Stage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps corrected claims out of the graph. A correction note ("Korrektur: In einer früheren Version
 * ... wurde berichtet, dass Putin von Kim Il Sung empfangen wurde. Richtig ist, dass er von Kim Jong Il
 * empfangen wurde.") yields no events and no quotes itself. A name of the note's retracted part that its
 * corrected part drops is wrong when the corrected part puts another name in its place (after one of the
 * same two words: "von Kim Il Sung" / "von Kim Jong Il") or when the article names it nowhere outside the note;
 * a wrong name is removed from the actors, places and claimers of every event of the article.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new EventStage(kb)).add(new CorrectionStage()).build();
 * }</pre>
 */
public final class CorrectionStage implements Stage {

    @Override
    public String name() {
        return "corrections";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ENTITIES, Layer.QUOTES, Layer.EVENTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES, Layer.EVENTS);
    }

    @Override
    public Doc process(Doc doc) {
        List<CorrectionNote> notes = CorrectionNote.find(doc.text());
        if (notes.isEmpty()) return doc;
        Set<String> wrong = wrongNames(doc, notes);
        List<EventMention> events = doc.events().stream()
                .filter(e -> notes.stream().noneMatch(n -> n.span().overlaps(e.trigger())))
                .map(e -> without(e, wrong)).toList();
        List<Quote> quotes = doc.quotes().stream()
                .filter(q -> notes.stream().noneMatch(n -> n.span().overlaps(q.span()))).toList();
        return doc.withQuotes(quotes).withEvents(events);
    }

    private static Set<String> wrongNames(Doc doc, List<CorrectionNote> notes) {
        Set<String> wrong = new HashSet<>();
        for (CorrectionNote n : notes) {
            if (n.corrected().length() == 0) continue;
            Set<String> replacedAfter = new HashSet<>();
            for (Entity e : doc.entities()) {
                if (!within(e, n.retracted()) && within(e, n.corrected())) replacedAfter.addAll(wordsBefore(doc, e, n.corrected()));
            }
            for (Entity e : doc.entities()) {
                if (!within(e, n.retracted()) || within(e, n.corrected())) continue;
                boolean replaced = wordsBefore(doc, e, n.retracted()).stream().anyMatch(replacedAfter::contains);
                boolean onlyInNote = e.mentions().stream().allMatch(n.span()::contains);
                if (replaced || onlyInNote) wrong.add(e.key());
            }
        }
        return wrong;
    }

    private static boolean within(Entity e, Span part) {
        return e.mentions().stream().anyMatch(part::contains);
    }

    /** The two words before each mention of {@code e} inside {@code part}, but "dass", which starts any claim. */
    private static Set<String> wordsBefore(Doc doc, Entity e, Span part) {
        Set<String> words = new HashSet<>();
        for (Span s : e.mentions()) {
            if (!part.contains(s)) continue;
            String[] before = doc.text().substring(part.begin(), s.begin()).strip().split("[\\s,]+");
            for (int i = Math.max(0, before.length - 2); i < before.length; i++) {
                if (!before[i].equals("dass")) words.add(before[i]);
            }
        }
        return words;
    }

    private static EventMention without(EventMention e, Set<String> wrong) {
        if (wrong.isEmpty()) return e;
        return e.withArguments(e.actors().stream().filter(a -> !wrong.contains(a)).toList(),
                e.places().stream().filter(p -> !wrong.contains(p)).toList(),
                wrong.contains(e.claimedBy()) ? null : e.claimedBy());
    }
}
