package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One utterance node per thing said, across articles: the quotes of one speaker that report the same
 * words (the same text, one containing the other, or mostly the same words, as a paraphrase) report
 * one utterance. Its text is the canonical wording, taken from the quote-marked reports first, then the
 * most frequent, then the longest; a report is verbatim when it is quote-marked and has exactly that
 * wording. Utterance IRIs hash the speaker and the canonical wording, so a rebuild keeps them.
 *
 * <pre>{@code
 * new LinkingGraph(Iris.DEFAULT, List.of(new UtteranceLinker(Iris.DEFAULT))).rebuild(dsg);
 * }</pre>
 */
public final class UtteranceLinker implements Linker {
    private final Iris iris;

    public UtteranceLinker(Iris iris) {
        this.iris = iris;
    }

    @Override
    public String name() {
        return "utterances";
    }

    @Override
    public void link(DatasetGraph articles, StreamRDF out) {
        Map<Node, List<Report>> bySpeaker = new LinkedHashMap<>();
        for (Report r : reports(articles)) bySpeaker.computeIfAbsent(r.speaker(), k -> new ArrayList<>()).add(r);
        for (Map.Entry<Node, List<Report>> e : bySpeaker.entrySet()) {
            for (List<Report> cluster : UtteranceClusters.of(e.getValue())) write(e.getKey(), cluster, out);
        }
    }

    private List<Report> reports(DatasetGraph dsg) {
        List<Report> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.Schema.QUOTATION);
        while (it.hasNext()) {
            Quad q = it.next();
            if (iris.articleIdOfGraph(q.getGraph().getURI()) == null) continue;
            Report r = Report.read(dsg, q.getGraph(), q.getSubject());
            if (r != null) out.add(r);
        }
        out.sort(Report.ORDER);
        return out;
    }

    private void write(Node speaker, List<Report> cluster, StreamRDF out) {
        Report canon = canonical(cluster);
        Node u = iris.utterance(key(speaker, canon.normal()));
        out.triple(Triple.create(u, Vocab.TYPE, Vocab.Ekg.UTTERANCE));
        out.triple(Triple.create(u, Vocab.Schema.TEXT, Literals.german(canon.text())));
        out.triple(Triple.create(u, Vocab.Schema.SPOKEN_BY, speaker));
        TreeSet<String> sources = new TreeSet<>();
        for (Report r : cluster) {
            sources.add(r.article().getURI());
            boolean verbatim = !r.indirect() && r.normal().equals(canon.normal());
            out.triple(Triple.create(r.quote(), Vocab.Ekg.REPORTS, u));
            out.triple(Triple.create(r.quote(), Vocab.Ekg.VERBATIM,
                    NodeFactory.createLiteral(Boolean.toString(verbatim), XSDDatatype.XSDboolean)));
        }
        sources.forEach(a -> out.triple(Triple.create(u, Vocab.Prov.WAS_DERIVED_FROM, NodeFactory.createURI(a))));
    }

    /** Quote-marked wording before reported speech, then the most frequent wording, then the longest. */
    private static Report canonical(List<Report> cluster) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        cluster.forEach(r -> freq.merge(r.normal(), 1, Integer::sum));
        return cluster.stream().min(Comparator.comparing(Report::indirect)
                .thenComparing(r -> -freq.get(r.normal()))
                .thenComparing(r -> -r.normal().length())
                .thenComparing(Report::normal)).orElseThrow();
    }

    private String key(Node speaker, String normal) {
        String who = iris.entityKey(speaker);
        String prefix = who != null ? who : "speaker";
        return prefix + "-" + sha256(speaker.getURI() + "\n" + normal).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
