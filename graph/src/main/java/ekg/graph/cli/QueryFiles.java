package ekg.graph.cli;

import ekg.graph.query.NamedQuery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds a query by file path, or by name in the project's {@code queries/} folder. */
final class QueryFiles {
    private QueryFiles() {
    }

    static NamedQuery load(String nameOrPath) throws IOException {
        Path file = find(nameOrPath);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Path find(String nameOrPath) throws IOException {
        Path direct = Path.of(nameOrPath);
        if (Files.isRegularFile(direct)) return direct;
        String file = nameOrPath.endsWith(".rq") ? nameOrPath : nameOrPath + ".rq";
        for (Path dir : folders()) {
            Path p = dir.resolve(file);
            if (Files.isRegularFile(p)) return p;
        }
        throw new IllegalArgumentException("no query '" + nameOrPath + "': not a file, and not in "
                + folders() + "; known queries: " + known());
    }

    /** The queries folder beside the launcher (ekg.home), then the one in the working directory. */
    static List<Path> folders() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("ekg.home");
        if (home != null) dirs.add(Path.of(home, "queries"));
        Path local = Path.of("queries");
        if (dirs.stream().noneMatch(d -> sameFile(d, local))) dirs.add(local);
        return dirs;
    }

    private static String known() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path dir : folders()) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                        .map(n -> n.substring(0, n.length() - 3)).sorted().forEach(names::add);
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
