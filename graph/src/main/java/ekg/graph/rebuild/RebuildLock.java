package ekg.graph.rebuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One rebuild or rollback at a time per folder: an OS file lock, which the OS drops when the process
 * dies however it dies, so a killed run never blocks the next one.
 */
public final class RebuildLock implements AutoCloseable {
    static final String FILE = "rebuild.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RebuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code root}, or empty when another process (or thread) holds it. */
    public static Optional<RebuildLock> tryAcquire(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel ch = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = ch.tryLock();
                if (lock != null) return Optional.of(new RebuildLock(ch, lock));
            } catch (OverlappingFileLockException e) {
                // held by this very JVM: as busy as if another process held it
            }
            ch.close();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + root.resolve(FILE), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + FILE, e);
        }
    }
}
