package ekg.graph.link;

import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.Comparator;
import java.util.Iterator;

/** One quote with a speaker, as an article graph holds it: a report of some utterance. */
record Report(Node quote, Node article, Node speaker, String text, String normal, boolean indirect, int begin) {

    /** Speaker, quote-marked before reported, longer before shorter, then article and position: a fixed order. */
    static final Comparator<Report> ORDER = Comparator.comparing((Report r) -> r.speaker().getURI())
            .thenComparing(Report::indirect)
            .thenComparing(r -> -r.normal().length())
            .thenComparing(r -> r.article().getURI())
            .thenComparingInt(Report::begin);

    /** The quote {@code q} of graph {@code g}, or null when it has no speaker, text or article. */
    static Report read(DatasetGraph dsg, Node g, Node q) {
        Node speaker = one(dsg, g, q, Vocab.Schema.SPOKEN_BY);
        Node text = one(dsg, g, q, Vocab.Schema.TEXT);
        Node article = one(dsg, g, q, Vocab.Schema.IS_PART_OF);
        Node mode = one(dsg, g, q, Vocab.Ekg.MODE);
        Node begin = one(dsg, g, q, Vocab.Nif.BEGIN);
        if (speaker == null || !speaker.isURI() || text == null || !text.isLiteral() || article == null) return null;
        String normal = Utterances.normal(text.getLiteralLexicalForm());
        if (normal.isEmpty()) return null;
        int at = begin != null && begin.isLiteral() ? Integer.parseInt(begin.getLiteralLexicalForm()) : 0;
        return new Report(q, article, speaker, text.getLiteralLexicalForm(), normal,
                Vocab.Ekg.INDIRECT.equals(mode) || Vocab.Ekg.REPORTED.equals(mode), at);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
