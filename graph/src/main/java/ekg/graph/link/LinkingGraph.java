package ekg.graph.link;

import ekg.graph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Recomputes the linking graph from all article graphs after a build, in one write transaction, so a
 * query never sees links to an article that is gone, nor misses links to one just added.
 *
 * <pre>{@code
 * long n = new LinkingGraph(Iris.DEFAULT, List.of(new EntityLinker(...))).rebuild(store.datasetGraph());
 * }</pre>
 */
public final class LinkingGraph {
    private final Iris iris;
    private final List<Linker> linkers;

    public LinkingGraph(Iris iris, List<Linker> linkers) {
        this.iris = iris;
        this.linkers = List.copyOf(linkers);
    }

    /** Replaces the linking graph; returns the number of triples it now holds. */
    public long rebuild(DatasetGraph dsg) {
        return replace(dsg, iris.linkingGraph(), out -> {
            for (Linker l : linkers) l.link(dsg, out);
        });
    }

    /**
     * Replaces one shared graph by what {@code writer} streams, in one write transaction; the writer may
     * read the dataset, since nothing is added until it is done. What it streams waits in a temporary
     * file, not in memory: the linking graph grows with the corpus.
     */
    public static long replace(DatasetGraph dsg, Node graph, Consumer<StreamRDF> writer) {
        Path spill = tempFile();
        try {
            return Txn.calculateWrite(dsg, () -> {
                long n = spillTo(spill, graph, writer);
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                RDFParser.source(spill).lang(RDFLanguages.RDFTHRIFT).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        dsg.add(q);
                    }
                });
                return n;
            });
        } finally {
            try {
                Files.deleteIfExists(spill);
            } catch (IOException e) {
                // a temporary file left behind is harmless; the graph is written
            }
        }
    }

    private static long spillTo(Path spill, Node graph, Consumer<StreamRDF> writer) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16)) {
            StreamRDF file = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
            long[] n = {0};
            file.start();
            writer.accept(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    file.quad(Quad.create(graph, t));
                    n[0]++;
                }

                @Override
                public void quad(Quad q) {
                    triple(q.asTriple());
                }
            });
            file.finish();
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + spill, e);
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("ekg-graph-", ".rt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for a shared graph", e);
        }
    }
}
