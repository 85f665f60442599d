package ekg.ingest.eval;

import java.util.Locale;

/** The human-readable report: one line per score, then every miss and false positive. */
final class ReportText {
    private final Evaluation e;
    private final StringBuilder b = new StringBuilder();

    ReportText(Evaluation e) {
        this.e = e;
    }

    @Override
    public String toString() {
        if (!e.missingArticles().isEmpty()) line("warning: articles named in the gold file but not found: " + e.missingArticles());
        if (e.quotes() != null) quotes(e.quotes());
        if (e.entities() != null) entities(e.entities());
        if (e.events() != null) events(e.events());
        return b.toString();
    }

    private void quotes(QuoteScore q) {
        line("quotes, quote-marked (direct + partial): precision " + q.precision() + "  recall " + q.recall()
                + "  F1 " + String.format(Locale.ROOT, "%.3f", q.f1()));
        line("quotes, indirect: recall " + q.indirectRecall());
        line("quotes on ambiguous spans (not counted): " + q.ignored());
        if (!q.misses().isEmpty()) line("missed quotes (" + q.misses().size() + "):");
        q.misses().forEach(m -> line("  " + m.article() + " [" + m.mode() + "] \"" + m.text() + "\": expected "
                + m.expectedSpeaker() + ", got " + m.got()));
        if (!q.falsePositives().isEmpty()) line("false positives (" + q.falsePositives().size() + "):");
        q.falsePositives().forEach(f -> line("  " + f.article() + " [" + f.mode() + "] \"" + f.text() + "\": speaker "
                + f.speaker() + ", " + f.why()));
    }

    private void entities(EntityScore s) {
        line("entities: groups resolved " + s.groups() + "; distinct pairs merged: " + s.mergedPairs() + " of " + s.pairs());
        s.failures().forEach(f -> line("  " + f.name() + " (" + f.type() + "): " + f.why()));
        s.merged().forEach(m -> line("  merged: " + m.get(0) + " and " + m.get(1) + " as " + m.get(2)));
    }

    private void events(EventScore s) {
        line("events: matched by exactly one node " + s.matched() + " (" + s.eventNodes() + " event nodes in the graph)");
        s.failures().forEach(f -> line("  " + (f.what() == null ? "" : f.what() + ": ") + f.type() + " " + f.agent()
                + " @ " + f.place() + " " + f.when() + ": " + f.nodes() + " matching nodes"));
    }

    private void line(String s) {
        b.append(s).append('\n');
    }
}
