package ekg.spark;

import ekg.graph.rdf.Iris;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A linker's triples as N-Quads lines of the linking graph, kept in memory while few and written to a
 * temporary file of the executor beyond that: the events group of a hundred thousand articles gives
 * millions of lines, more than an executor's heap holds beside the clustering that made them.
 */
final class LinkOutput extends StreamRDFBase {
    private static final int IN_MEMORY = 50_000;
    private final Iris iris;
    private final List<String> lines = new ArrayList<>();
    private Path file;
    private BufferedWriter writer;

    LinkOutput(Iris iris) {
        this.iris = iris;
    }

    @Override
    public void triple(Triple t) {
        String line = Shards.line(Quad.create(iris.linkingGraph(), t));
        try {
            if (writer != null) {
                writer.write(line);
                writer.newLine();
            } else if (lines.size() < IN_MEMORY) {
                lines.add(line);
            } else {
                file = Files.createTempFile("ekg-linking", ".nq");
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                for (String l : lines) {
                    writer.write(l);
                    writer.newLine();
                }
                lines.clear();
                writer.write(line);
                writer.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the linking lines to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    /** The lines, once; a spilled file is read as the caller goes and deleted at its end. */
    Iterator<String> lines() {
        if (writer == null) return lines.iterator();
        try {
            writer.close();
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            Path spilled = file;
            return new Iterator<>() {
                private String next = read();

                private String read() {
                    try {
                        String l = reader.readLine();
                        if (l == null) {
                            reader.close();
                            Files.deleteIfExists(spilled);
                        }
                        return l;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + spilled + ": " + e.getMessage(), e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    if (next == null) throw new NoSuchElementException();
                    String l = next;
                    next = read();
                    return l;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
