package ekg.ingest.names;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How gazetteer matches join the model's names. A strong match (a curated name, or a listed name of
 * several tokens) replaces the model's names it overlaps, unless one of them is longer and contains it
 * and may rightly do so: an organization or title holding a name of another type ("Universität Hamburg"
 * keeps its span over "Hamburg"). A curated name inside any other longer span wins ("Putin Kim" is
 * "Putin" and ..., "Agentur KCNA" is "KCNA"); a derived name inside a longer span leaves it alone. On the
 * very same span a curated type wins. A weak match (a one-token listed name) only fills gaps. The result
 * never holds overlapping names.
 */
final class MentionMerger {

    private MentionMerger() {
    }

    /** One gazetteer match as a mention, whether it may override the model, and whether it is a genitive. */
    record Candidate(Mention mention, boolean strong, boolean curated, boolean genitive) {
    }

    static List<Mention> merge(List<Mention> model, List<Candidate> gazetteer) {
        List<Mention> out = new ArrayList<>(model);
        for (Candidate c : gazetteer) {
            Span g = c.mention().span();
            List<Mention> overlapping = out.stream().filter(m -> m.span().overlaps(g)).toList();
            if (overlapping.isEmpty()) {
                out.add(c.mention());
            } else if (overlapping.size() == 1 && overlapping.get(0).span().equals(g)) {
                if (c.curated() && overlapping.get(0).type() != c.mention().type()) {
                    out.set(out.indexOf(overlapping.get(0)), c.mention());
                }
            } else if (c.strong() && overlapping.stream().noneMatch(m -> keepsInside(m, c))) {
                out.removeAll(overlapping);
                out.add(c.mention());
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** True when the model's longer span {@code m} should keep the candidate inside it. */
    private static boolean keepsInside(Mention m, Candidate c) {
        if (!m.span().contains(c.mention().span())) return false;
        if (!c.curated()) return true;
        // "Zentrum Pjöngjangs": a genitive name that ends a longer span is a name of its own after a noun.
        if (c.genitive() && m.span().end() == c.mention().span().end()) return false;
        boolean container = m.type() == EntityType.ORG || m.type() == EntityType.OTH;
        return container && m.type() != c.mention().type();
    }
}
