package ekg.ingest.eval;

import java.util.List;
import java.util.Locale;

/** The human-readable report: one line per score, then every miss and false positive. */
final class ReportText {
    private final Evaluation e;
    private final int misses;
    private final StringBuilder b = new StringBuilder();

    /** {@code misses}: how many failures of each list to print; negative: all (seed sections), none (dev sections). */
    ReportText(Evaluation e, int misses) {
        this.e = e;
        this.misses = misses;
    }

    @Override
    public String toString() {
        List<String> missing = e.missingArticles();
        if (missing.size() > 10) {
            line("warning: " + missing.size() + " articles named in the gold file were not found, among them "
                    + missing.subList(0, 10));
        } else if (!missing.isEmpty()) {
            line("warning: articles named in the gold file but not found: " + missing);
        }
        if (e.quotes() != null) quotes(e.quotes());
        if (e.entities() != null) entities(e.entities());
        if (e.events() != null) events(e.events());
        DevReportText dev = new DevReportText(b, misses);
        if (e.speech() != null) dev.speech(e.speech());
        if (e.mentions() != null) dev.mentions(e.mentions());
        if (e.eventMentions() != null) dev.events(e.eventMentions());
        return b.toString();
    }

    private void quotes(QuoteScore q) {
        line("quotes, quote-marked (direct + partial): precision " + q.precision() + "  recall " + q.recall()
                + "  F1 " + String.format(Locale.ROOT, "%.3f", q.f1()));
        line("quotes, indirect: recall " + q.indirectRecall());
        line("quotes on ambiguous spans (not counted): " + q.ignored());
        if (!q.misses().isEmpty()) line("missed quotes (" + q.misses().size() + "):");
        limit(q.misses()).forEach(m -> line("  " + m.article() + " [" + m.mode() + "] \"" + m.text() + "\": expected "
                + m.expectedSpeaker() + ", got " + m.got()));
        if (!q.falsePositives().isEmpty()) line("false positives (" + q.falsePositives().size() + "):");
        limit(q.falsePositives()).forEach(f -> line("  " + f.article() + " [" + f.mode() + "] \"" + f.text() + "\": speaker "
                + f.speaker() + ", " + f.why()));
    }

    private void entities(EntityScore s) {
        line("entities: groups resolved " + s.groups() + "; distinct pairs merged: " + s.mergedPairs() + " of " + s.pairs());
        limit(s.failures()).forEach(f -> line("  " + f.name() + " (" + f.type() + "): " + f.why()));
        limit(s.merged()).forEach(m -> line("  merged: " + m.get(0) + " and " + m.get(1) + " as " + m.get(2)));
    }

    private void events(EventScore s) {
        line("events: matched by exactly one node " + s.matched() + " (" + s.eventNodes() + " event nodes in the graph)");
        limit(s.failures()).forEach(f -> line("  " + (f.what() == null ? "" : f.what() + ": ") + f.type() + " " + f.agent()
                + " @ " + f.place() + " " + f.when() + ": " + f.nodes() + " matching nodes"));
    }

    private <T> List<T> limit(List<T> all) {
        return misses < 0 ? all : all.subList(0, Math.min(misses, all.size()));
    }

    private void line(String s) {
        b.append(s).append('\n');
    }
}
