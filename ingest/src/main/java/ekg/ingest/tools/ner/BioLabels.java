package ekg.ingest.tools.ner;

import ekg.ingest.doc.EntityType;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/** Turns a sentence's BIO labels into typed token spans. */
final class BioLabels {
    static final String OUTSIDE = "O";

    private BioLabels() {
    }

    /**
     * Normalises one label to {@code O}, {@code B-TYPE} or {@code I-TYPE} with TYPE one of PER ORG LOC OTH.
     * GermEval's {@code *deriv} and {@code *part} labels become O: ekg names entities, not words derived
     * from them ("deutsche") or compounds containing them ("EU-Kommission").
     */
    static String normalise(String label) {
        if (label.equals(OUTSIDE)) return OUTSIDE;
        if (label.length() < 3 || (label.charAt(0) != 'B' && label.charAt(0) != 'I') || label.charAt(1) != '-') {
            throw new IllegalArgumentException("not a BIO label: '" + label + "'");
        }
        String base = label.substring(2);
        if (base.endsWith("deriv") || base.endsWith("part")) return OUTSIDE;
        return label.charAt(0) + "-" + EntityType.parse(base).name();
    }

    /** Spans over token indices; an I- label that does not continue a name of its type starts one. */
    static Span[] spans(List<String> labels) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            boolean continues = l.startsWith("I-") && l.substring(2).equals(type);
            if (type != null && !continues) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (!l.equals(OUTSIDE) && !continues) {
                start = i;
                type = l.substring(2);
            }
        }
        if (type != null) out.add(new Span(start, labels.size(), type));
        return out.toArray(new Span[0]);
    }
}
