package ekg.graph.rebuild;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * ekg's SHACL shapes ({@code ekg/shapes/ekg-shapes.ttl} on the class path) and the check of a dataset
 * against them: the union of its graphs, as a query sees it.
 *
 * <pre>{@code
 * List<String> problems = Shapes.load().violations(store.datasetGraph(), 20);
 * }</pre>
 *
 * <p>The check is SHACL's own (Jena's validator, shape by shape and focus node by focus node), but the
 * focus nodes of a class target are read from the store as they come instead of gathered in one set
 * first, as Jena's whole-graph validation does: at 100,000 articles that set of every quote, mention and
 * entity outgrew a 512 MB heap. It stops once {@code max} distinct violations are known.
 */
public final class Shapes {
    static final String RESOURCE = "ekg/shapes/ekg-shapes.ttl";

    private final org.apache.jena.shacl.Shapes shapes;

    private Shapes(org.apache.jena.shacl.Shapes shapes) {
        this.shapes = shapes;
    }

    public static Shapes load() {
        try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("no " + RESOURCE + " on the class path");
            Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            return new Shapes(org.apache.jena.shacl.Shapes.parse(g));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** At most {@code max} violations, each as "focus node: message (path)"; empty when the data conforms. */
    public List<String> violations(DatasetGraph dsg, int max) {
        return Txn.calculateRead(dsg, () -> new Check(dsg, max).run());
    }

    /** One validation run: its data, and the distinct violations found so far. */
    private final class Check {
        private final DatasetGraph dsg;
        private final Graph data;
        private final int max;
        private final Set<String> found = new LinkedHashSet<>();
        private ValidationContext context;

        Check(DatasetGraph dsg, int max) {
            this.dsg = dsg;
            this.data = dsg.getUnionGraph();
            this.max = max;
            this.context = ValidationContext.create(shapes, data);
        }

        List<String> run() {
            for (Shape shape : shapes.getTargetShapes()) {
                for (Target target : shape.getTargets()) {
                    if (full()) return List.copyOf(found);
                    focusNodes(target, node -> validate(shape, node));
                }
            }
            return List.copyOf(found);
        }

        private boolean full() {
            return found.size() >= max;
        }

        /**
         * Hands each focus node of the target to {@code action}, streamed for class targets (SHACL
         * instances: rdf:type of the class or of a subclass), until enough violations are known. The type
         * statements are read from the named graphs one by one, not through the union graph, whose reads
         * remember every triple they gave to give each once (at 100,000 articles a set of millions); in a
         * TDB2 store they come ordered by subject, so a node typed in many graphs is checked once. A node
         * of several targets of one shape is checked once per target: its violations are the same
         * strings, kept once.
         */
        private void focusNodes(Target target, Consumer<Node> action) {
            TargetType type = target.getTargetType();
            if (type != TargetType.targetClass && type != TargetType.implicitClass) {
                for (Node n : target.getFocusNodes(data)) {
                    if (full()) return;
                    action.accept(n);
                }
                return;
            }
            Set<Node> classes = new LinkedHashSet<>();
            classes.add(target.getObject());
            classes.addAll(G.subClasses(data, target.getObject()));
            for (Node cls : classes) {
                Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), cls);
                try {
                    Node previous = null;
                    while (it.hasNext() && !full()) {
                        Node s = it.next().getSubject();
                        if (!s.equals(previous)) action.accept(s);
                        previous = s;
                    }
                } finally {
                    Iter.close(it);
                }
            }
        }

        private void validate(Shape shape, Node focus) {
            VLib.validateShape(context, data, shape, focus);
            if (!context.hasViolation()) return;
            for (ReportEntry e : context.generateReport().getEntries()) {
                if (!full()) found.add(describe(e));
            }
            // A fresh context, so that the entries already read are not read again.
            context = ValidationContext.create(shapes, data);
        }
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + ": " + e.message() + (e.resultPath() == null ? "" : " (" + e.resultPath() + ")");
    }
}
