package ekg.ingest.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The development-set sections of the readable report: a table per section, then up to N cases of each kind. */
final class DevReportText {
    private final StringBuilder b;
    private final int misses;

    DevReportText(StringBuilder b, int misses) {
        this.b = b;
        this.misses = misses;
    }

    void speech(SpeechScore s) {
        line("speech: found = an extracted quote of the article contains the gold text or lies inside it (quote marks");
        line("  and spacing folded); attributed = besides, a label of its speaker shares a capitalised word with the gold");
        line("  speaker's name (gold speakers without a name, such as a bare pronoun, are left out)");
        for (SpeechScore.Mode m : s.modes()) {
            line(String.format("  %-9s gold %5d  found %5d %s  named speaker %5d  attributed %5d %s", m.mode(), m.gold(),
                    m.found(), Share.of(m.foundRatio().value()), m.named(), m.attributed(), Share.of(m.attributedRatio().value())));
        }
        Ratio p = s.markedPrecision();
        line("  quote-marked speech extracted (direct + partial) " + p.total() + ", matching no gold statement "
                + (p.total() - p.hits()) + ": precision " + Share.of(p.total() == 0 ? 1 : p.value()));
        cases(s.cases());
    }

    void mentions(MentionScore s) {
        line("entity mentions: found = a mention of ekg overlaps the gold mention (exact span first, else the largest overlap)");
        for (MentionScore.Recall r : s.recall()) {
            line(String.format("  recall %-12s %-4s %s (%d/%d)", r.type(), r.kind(), Share.of(r.ratio().value()), r.found(), r.gold()));
        }
        line("  precision over ekg's people, organizations and places (right = overlaps a gold mention). Names inside");
        line("  hyphenated compounds (\"Partei-Chef\") are no gold mentions: those that match nothing are counted apart.");
        for (MentionScore.Precision p : s.precision()) {
            line(String.format("  precision %-12s %s (%d/%d); inside compounds %d more (with them %s)", p.type(),
                    Share.of(p.ratio().value()), p.right(), p.ratio().total(), p.inCompound(), Share.of(p.withCompounds().value())));
        }
        line("  grouping, pairwise over the found mentions (same gold entity vs same ekg entity):");
        for (MentionScore.Grouping g : s.grouping()) {
            line(String.format("    %-12s all pairs %s", g.type(), g.all()));
            line(String.format("    %-12s across articles %s", "", g.across()));
        }
        line("  distinct pairs merged (their found mentions share an ekg entity): " + s.distinctMerged() + " of " + s.distinctPairs());
        cases(s.cases());
    }

    void events(TriggerScore s) {
        line("events: found = an event mention of ekg overlaps a gold trigger; typed = one of those has the gold type");
        line("  (aliases folded); actors recalled = share a capitalised word with an actor label of those mentions");
        for (TriggerScore.Gold g : s.gold()) {
            line(String.format("  %-15s gold %4d  found %4d %s  typed %4d %s  actors %4d recalled %4d %s", g.type(), g.total(),
                    g.found(), Share.of(g.foundRatio().value()), g.typed(), Share.of(g.typedRatio().value()), g.actors(),
                    g.actorsRecalled(), Share.of(g.actorRatio().value())));
        }
        line("  precision: ekg's event mentions (Statement left out) that overlap a gold trigger");
        for (TriggerScore.Extracted e : s.extracted()) {
            line(String.format("  %-15s extracted %4d  matching no gold event %4d  precision %s", e.type(), e.total(),
                    e.unmatched(), Share.of(e.total() == 0 ? 0 : e.precision().value())));
        }
        line("  within-article coreference, pairwise over found triggers (same gold event vs same ekg event): " + s.coreference());
        cases(s.cases());
    }

    /** Up to {@code misses} cases of each kind, in the order met. */
    private void cases(List<Case> cases) {
        if (misses <= 0) return;
        Map<String, List<Case>> byKind = new LinkedHashMap<>();
        cases.forEach(c -> byKind.computeIfAbsent(c.what(), k -> new java.util.ArrayList<>()).add(c));
        byKind.forEach((kind, l) -> {
            line("  " + kind + " (" + Math.min(misses, l.size()) + " of " + l.size() + "):");
            l.stream().limit(misses).forEach(c -> line("    " + (c.article() == null ? "" : c.article() + " ")
                    + (c.span() == null ? "" : "[" + c.span() + "] ") + "\"" + c.text() + "\""
                    + (c.expected() == null ? "" : ": gold " + c.expected()) + (c.got() == null ? "" : ", ekg " + c.got())));
        });
    }

    private void line(String s) {
        b.append(s).append('\n');
    }
}
