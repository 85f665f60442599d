package ekg.graph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source layout's rules: every package says what it holds, and the product never imports its tools. */
class LayoutTest {
    private static final List<Path> MAIN = List.of(Path.of("../ingest/src/main/java"), Path.of("src/main/java"));
    // Tooling: training, scoring and benchmarks, and the command line that offers them beside the runtime.
    private static final List<String> TOOLING = List.of("ekg.ingest.tools.", "ekg.graph.tools.", "ekg.ingest.eval.",
            "ekg.graph.eval.", "ekg.graph.cli.");

    @Test
    void everyPackageHasAOneLinePackageInfo() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path root : MAIN) {
            for (Path dir : javaDirs(root)) {
                Path info = dir.resolve("package-info.java");
                if (!Files.exists(info)) {
                    missing.add(root.relativize(dir).toString().replace('/', '.'));
                } else {
                    assertTrue(Files.readString(info).startsWith("/** "), info + " starts with its one-line Javadoc");
                }
            }
        }
        assertEquals(Set.of(), missing, "add a package-info.java saying in one line what the package holds and what it may import");
    }

    @Test
    void theRuntimeImportsNoTooling() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path root : MAIN) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String pkg = root.relativize(f.getParent()).toString().replace('/', '.') + ".";
                    if (TOOLING.stream().anyMatch(pkg::startsWith)) continue;
                    for (String line : Files.readAllLines(f)) {
                        if (line.startsWith("import ") && TOOLING.stream().anyMatch(t -> line.startsWith("import " + t))) {
                            offending.add(root.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offending, "runtime code may not use training, evaluation or benchmark code");
    }

    private static List<Path> javaDirs(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("package-info.java"))
                    .map(Path::getParent).distinct().toList();
        }
    }
}
