package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds known names as the first part of a German hyphenated compound ("NATO-Gipfel",
 * "Nordkorea-Reise", "US-Regierung"): the compound is about that entity, and analysts asking where it
 * is mentioned expect these too. Only a part written exactly as a name of one entry counts.
 */
final class CompoundMatcher {
    /** A name inside a compound and the entry it names. */
    record Match(Span span, KbEntry entry) {
    }

    private final KnowledgeBase kb;

    CompoundMatcher(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Match> find(Doc doc) {
        List<Match> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            String w = t.text();
            int dash = w.indexOf('-');
            if (dash < 2 || dash == w.length() - 1 || !Character.isUpperCase(w.charAt(0))) continue;
            // "Guatemala-Stadt", "Baden-Württemberg": a known name of its own is no compound of its head.
            if (!kb.byName(w).isEmpty()) continue;
            String head = w.substring(0, dash);
            List<KbEntry> hits = kb.byName(head);
            if (hits.size() != 1 || !hits.get(0).names().contains(head) && !isAcronymOf(head, hits.get(0))) continue;
            out.add(new Match(new Span(t.span().begin(), t.span().begin() + dash), hits.get(0)));
        }
        return out;
    }

    /** "Nato" for "NATO": the press writes acronyms both ways. */
    private static boolean isAcronymOf(String head, KbEntry e) {
        return e.names().stream().anyMatch(n -> n.equalsIgnoreCase(head) && n.length() <= 5);
    }
}
