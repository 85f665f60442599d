package ekg.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real {@code ekg} launcher script, run by bash in a copy of the project's layout, with stand-ins
 * for {@code mvn} (which colours its output, as Maven's console library does even with -B) and
 * {@code java} (which records its arguments and makes the class archive it is asked for).
 */
class LauncherTest {
    @TempDir
    Path root;

    private Path bin;

    private void layout() throws IOException {
        Files.copy(Path.of("..", "ekg"), root.resolve("ekg"));
        Files.createDirectories(root.resolve("graph/target"));
        bin = Files.createDirectories(root.resolve("bin"));
        script("mvn", "printf '\\033[1;34m[INFO]\\033[0m Building ekg\\n'; touch \"$PWD/graph/target/ekg.jar\"");
        script("java", """
                printf '%s\\n' "$*" >> "$EKG_TEST_ARGS"
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) touch "${a#*=}";; esac; done
                exit "${EKG_TEST_EXIT:-0}"
                """);
    }

    private void script(String name, String body) throws IOException {
        Path f = bin.resolve(name);
        Files.writeString(f, "#!/usr/bin/env bash\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String err, String javaArgs) {
    }

    private Run ekg(int javaExit, String... args) throws Exception {
        Path argsFile = root.resolve("java-args");
        Files.deleteIfExists(argsFile);
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = root.resolve("ekg").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("EKG_TEST_ARGS", argsFile.toString());
        pb.environment().put("EKG_TEST_EXIT", Integer.toString(javaExit));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Run(exit, err, Files.exists(argsFile) ? Files.readString(argsFile) : "");
    }

    @Test
    void theFirstRunBuildsTheJarWithoutRawColourCodes() throws Exception {
        layout();
        Run first = ekg(0, "--version");
        assertEquals(0, first.exit(), first::toString);
        assertTrue(first.err().contains("[INFO] Building ekg"), first::toString);
        assertFalse(first.err().contains("\033"), "no escape codes in a log: " + first);
        assertFalse(ekg(0, "--version").err().contains("building"), "the jar is built once");
    }

    @Test
    void theClassArchiveIsMadeByAQueryThatSucceedsAndUsedAfterwards() throws Exception {
        layout();
        Path jsa = root.resolve("graph/target/ekg-quick.jsa");
        ekg(0, "--version");
        assertFalse(Files.exists(jsa), "--version loads too little to make the archive");
        Run refused = ekg(2, "query", "nonesuch");
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.javaArgs().contains("-XX:ArchiveClassesAtExit="), refused::toString);
        assertFalse(Files.exists(jsa), "a refused query stops before it loads what queries need");
        ekg(0, "query", "articles");
        assertTrue(Files.exists(jsa));
        Run next = ekg(0, "query", "articles");
        assertTrue(next.javaArgs().contains("-XX:SharedArchiveFile=" + jsa), next::toString);
        assertTrue(ekg(0, "--help").javaArgs().contains("-XX:SharedArchiveFile="), "--help uses it too");
    }
}
