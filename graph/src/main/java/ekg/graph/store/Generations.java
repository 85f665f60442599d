package ekg.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder behind {@code --db}: numbered generations of the dataset and one pointer file naming the
 * live one. A generation is a TDB2 folder {@code gen-000007/}, its Lucene index {@code gen-000007.text/}
 * and a snapshot {@code gen-000007.snapshot/} that the next incremental rebuild copies unchanged
 * articles from. {@code CURRENT} holds the live generation on its first line and the one before it on
 * the second; it is only ever replaced whole (write a temporary file, then an atomic rename), so a
 * reader sees the old pair or the new pair, never half of a switch.
 *
 * <pre>{@code
 * Generations gens = Generations.at(Path.of("data/ekg"));
 * String next = gens.next();          // gen-000008
 * // ... build into gens.tdb(next) ...
 * gens.switchTo(next);                // live now; the old one is kept for rollback
 * }</pre>
 */
public final class Generations {
    public static final String POINTER = "CURRENT";
    private static final Pattern NAME = Pattern.compile("gen-(\\d{6})(\\.text|\\.snapshot|\\.report\\.json)?");

    private final Path root;

    private Generations(Path root) {
        this.root = root;
    }

    public static Generations at(Path root) {
        return new Generations(root);
    }

    public Path root() {
        return root;
    }

    /** The live generation, empty when none was ever switched to. */
    public Optional<String> current() {
        List<String> lines = pointer();
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0));
    }

    /** The generation before the live one, kept for {@code ekg rollback}. */
    public Optional<String> previous() {
        List<String> lines = pointer();
        return lines.size() < 2 ? Optional.empty() : Optional.of(lines.get(1));
    }

    public Path tdb(String gen) {
        return root.resolve(gen);
    }

    public Path text(String gen) {
        return root.resolve(gen + ".text");
    }

    public Path snapshot(String gen) {
        return root.resolve(gen + ".snapshot");
    }

    /** A name no generation, finished or left behind by a crash, has had. */
    public String next() {
        int max = names().stream().mapToInt(Generations::number).max().orElse(0);
        return String.format("gen-%06d", max + 1);
    }

    /** Makes {@code gen} live and keeps the live one as the previous; one atomic rename. */
    public void switchTo(String gen) {
        if (!Files.isDirectory(tdb(gen))) throw new IllegalArgumentException("no generation " + gen + " in " + root);
        Optional<String> live = current();
        writePointer(live.filter(l -> !l.equals(gen)).map(l -> gen + "\n" + l + "\n").orElse(gen + "\n"));
    }

    /** Swaps live and previous; returns the generation now live. Rolling back twice rolls forward. */
    public String rollback() {
        String live = current().orElseThrow(() -> new IllegalStateException("no dataset in " + root));
        String prev = previous().orElseThrow(() -> new IllegalStateException(
                "nothing to roll back to in " + root + ": only " + live + " is kept"));
        if (!Files.isDirectory(tdb(prev))) throw new IllegalStateException("previous generation " + prev + " is gone");
        writePointer(prev + "\n" + live + "\n");
        return prev;
    }

    /** Deletes every generation file except those of {@code keep}: old ones and leftovers of crashed runs. */
    public void deleteAllBut(Set<String> keep) {
        for (String name : names()) {
            if (keep.contains(generationOf(name))) continue;
            deleteTree(root.resolve(name));
        }
    }

    /**
     * Deletes the data of {@code gen}, a generation that must not go live, and leaves in its place
     * {@code gen-NNNNNN.report.json}, which {@code report} writes into the file it is given: it says why,
     * and keeps the number from being used again.
     */
    public void reject(String gen, Consumer<Path> report) {
        if (current().filter(gen::equals).isPresent() || previous().filter(gen::equals).isPresent()) {
            throw new IllegalStateException(gen + " is live or kept for rollback in " + root);
        }
        for (String name : names()) {
            if (gen.equals(generationOf(name))) deleteTree(root.resolve(name));
        }
        writeAtomically(rejected(gen), report);
    }

    /** Where the report of a rejected generation stays until the next run. */
    public Path rejected(String gen) {
        return root.resolve(gen + ".report.json");
    }

    /** Deletes a folder or file and everything under it; missing is fine. */
    public static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }

    /** Writes {@code content} to {@code target} so that readers see the old file or the new one, never a part. */
    public static void writeAtomically(Path target, String content) {
        writeAtomically(target, tmp -> {
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + tmp, e);
            }
        });
    }

    /** The same for content that {@code write} writes into the file it is given, e.g. as it is made. */
    public static void writeAtomically(Path target, Consumer<Path> write) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        write.accept(tmp);
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private void writePointer(String content) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
        writeAtomically(root.resolve(POINTER), content);
    }

    private List<String> pointer() {
        Path p = root.resolve(POINTER);
        if (!Files.isRegularFile(p)) return List.of();
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> NAME.matcher(l).matches()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private List<String> names() {
        if (!Files.isDirectory(root)) return List.of();
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return out;
    }

    private static int number(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String generationOf(String name) {
        return name.substring(0, "gen-000000".length());
    }
}
