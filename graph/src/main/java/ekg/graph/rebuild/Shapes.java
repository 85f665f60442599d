package ekg.graph.rebuild;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.InputStream;
import java.util.List;

/**
 * ekg's SHACL shapes ({@code ekg/shapes/ekg-shapes.ttl} on the class path) and the check of a dataset
 * against them: the union of its graphs, as a query sees it.
 *
 * <pre>{@code
 * List<String> problems = Shapes.load().violations(store.datasetGraph(), 20);
 * }</pre>
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
        return Txn.calculateRead(dsg, () -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            return report.getEntries().stream().limit(max).map(Shapes::describe).toList();
        });
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + ": " + e.message() + (e.resultPath() == null ? "" : " (" + e.resultPath() + ")");
    }
}
