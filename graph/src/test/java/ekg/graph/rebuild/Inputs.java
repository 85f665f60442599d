package ekg.graph.rebuild;

import ekg.graph.cli.Ekg;
import ekg.graph.store.EkgStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/** Input folders made from the seed articles, and the command line run in-process. */
final class Inputs {
    static final Path SEEDS = Path.of("../seeds");

    private Inputs() {
    }

    static List<Path> seedFiles() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** A folder with the given seed articles (by position). */
    static Path seeds(Path dir, int... which) throws IOException {
        Files.createDirectories(dir);
        List<Path> all = seedFiles();
        for (int i : which) Files.copy(all.get(i), dir.resolve(all.get(i).getFileName()));
        return dir;
    }

    /** {@code n} distinct articles: the seeds, each copy with a line of its own (so another id and hash). */
    static Path copies(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> all = seedFiles();
        for (int i = 0; i < n; i++) {
            Path seed = all.get(i % all.size());
            String name = seed.getFileName().toString().replace(".txt", "_" + i + ".txt");
            Files.writeString(dir.resolve(name), Files.readString(seed, StandardCharsets.UTF_8) + "\nKopie " + i + ".\n",
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    static int ekg(String... args) {
        return Ekg.commandLine().execute(args);
    }

    static SortedSet<String> articles(Path db) {
        try (EkgStore store = EkgStore.open(db)) {
            return store.articleIds();
        }
    }
}
