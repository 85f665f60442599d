package ekg.graph.rdf;

import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KbRole;
import ekg.ingest.kb.KnowledgeBase;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;

import java.util.List;

/**
 * Streams the knowledge base into its own named graph: each known entity with its names, Wikidata
 * id and kind, and each role as an {@code org:Membership} with its dates, so queries can ask who held
 * an office when.
 */
public final class KbToRdf {
    private final Iris iris;

    public KbToRdf(Iris iris) {
        this.iris = iris;
    }

    public void write(KnowledgeBase kb, StreamRDF out) {
        Quads q = new Quads(out, iris.kbGraph());
        for (KbEntry e : kb.entries()) writeEntry(q, e);
    }

    private void writeEntry(Quads q, KbEntry e) {
        Node n = iris.entity(e.key());
        q.add(n, Vocab.TYPE, DocToRdf.typeOf(e.type()));
        q.add(n, Vocab.PREF_LABEL, Literals.german(e.name()));
        e.aliases().forEach(a -> q.add(n, Vocab.ALT_LABEL, Literals.german(a)));
        if (e.wikidata() != null) q.add(n, Vocab.SAME_AS, NodeFactory.createURI(Vocab.WIKIDATA + e.wikidata()));
        if (e.kind() != null) q.add(n, Vocab.Ekg.KIND, Literals.string(e.kind()));
        if (e.capital() != null) q.add(n, Vocab.Ekg.CAPITAL, iris.entity(e.capital()));
        if (e.source() != null) q.add(n, Vocab.Ekg.KB_SOURCE, Literals.string(e.source()));
        List<KbRole> roles = e.roles();
        for (int i = 0; i < roles.size(); i++) {
            KbRole r = roles.get(i);
            String of = r.of() == null ? "none" : r.of();
            Node m = iris.membership(e.key(), of, i);
            q.add(m, Vocab.TYPE, Vocab.Org.MEMBERSHIP);
            q.add(m, Vocab.Org.MEMBER, n);
            if (r.of() != null) q.add(m, Vocab.Org.ORGANIZATION, iris.entity(r.of()));
            q.add(m, Vocab.Org.ROLE, Literals.german(r.role()));
            if (r.from() != null) q.add(m, Vocab.Org.MEMBER_FROM, Literals.date(r.from()));
            if (r.to() != null) q.add(m, Vocab.Org.MEMBER_TO, Literals.date(r.to()));
        }
    }
}
