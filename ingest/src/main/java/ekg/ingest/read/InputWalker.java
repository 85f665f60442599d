package ekg.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expands the given paths into input files, lazily and in a fixed order: arguments as given, each folder
 * depth-first with its entries sorted by name (by code unit, independent of locale and file system).
 * Inside folders, hidden folders (name starting with a dot) are not entered, hidden files and gold files
 * ({@code gold.json}) are ignored, and symbolic links to folders are not followed, so a walk cannot loop.
 * Only one listing per level of depth is held at a time.
 */
final class InputWalker {

    /** One thing found: a file to read, a file to ignore, or a problem with an argument or folder. */
    record Input(Path path, String name, Format format, String problem) {
        boolean ignored() {
            return format == null && problem == null;
        }
    }

    private record Folder(String name, Iterator<Path> entries) {
    }

    /** The name of a gold file in a folder of articles, which is not read as an article. */
    static final String GOLD = "gold.json";

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final Iterator<Path> arguments;
    private final Deque<Folder> folders = new ArrayDeque<>();

    InputWalker(List<Path> arguments) {
        this.arguments = List.copyOf(arguments).iterator();
    }

    /** The next input, or null when all arguments are walked. */
    Input next() {
        while (true) {
            if (!folders.isEmpty()) {
                Input found = nextInFolder();
                if (found != null) return found;
            } else if (!arguments.hasNext()) {
                return null;
            } else {
                Input found = argument(arguments.next());
                if (found != null) return found;
            }
        }
    }

    private Input argument(Path path) {
        String name = display(path);
        if (Files.isDirectory(path)) return enter(path, name);
        if (!Files.exists(path)) return new Input(path, name, null, "file not found");
        Optional<Format> format = Format.of(path);
        if (format.isEmpty()) return new Input(path, name, null, "unknown file type (expected " + Format.EXPECTED + ")");
        return readable(path, name, format.get());
    }

    private Input nextInFolder() {
        Folder folder = folders.peek();
        if (!folder.entries().hasNext()) {
            folders.pop();
            return null;
        }
        Path entry = folder.entries().next();
        String fileName = entry.getFileName().toString();
        String name = folder.name().isEmpty() ? fileName : folder.name() + "/" + fileName;
        // A gold file for 'ekg eval' may sit beside the articles it scores (seeds/gold.json): it is none of them.
        boolean hidden = fileName.startsWith(".") || fileName.equals(GOLD);
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) return hidden ? null : enter(entry, name);
        Format format = hidden ? null : Format.of(entry).orElse(null);
        return format == null ? new Input(entry, name, null, null) : readable(entry, name, format);
    }

    /** A file to read, or a problem when it is a FIFO, socket or device: reading one may never end. */
    private static Input readable(Path path, String name, Format format) {
        if (Files.isRegularFile(path) || Files.isDirectory(path)) return new Input(path, name, format, null);
        return new Input(path, name, null, "not a regular file (a FIFO, socket or device?), skipped");
    }

    /** Pushes a folder's sorted entries; a problem if it cannot be listed, else null. */
    private Input enter(Path folder, String name) {
        try (Stream<Path> entries = Files.list(folder)) {
            folders.push(new Folder(name, entries.sorted(BY_NAME).toList().iterator()));
            return null;
        } catch (IOException | UncheckedIOException e) {
            return new Input(folder, name.isEmpty() ? "." : name, null, "cannot list folder: " + e.getMessage());
        }
    }

    // Sources are written with '/' on every platform, so that ids and golden files do not differ.
    private static String display(Path path) {
        return path.normalize().toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
