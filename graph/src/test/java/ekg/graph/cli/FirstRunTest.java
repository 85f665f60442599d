package ekg.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user meets first: the help, the version, a usage error of eval, a readable extraction. */
class FirstRunTest {

    @Test
    void theCommandListShowsWholeSentences() {
        Cli c = Cli.run("--help");
        assertEquals(0, c.exit, c::toString);
        assertTrue(c.out.contains("extracts people, organizations,") && c.out.contains("named graph in a TDB2 dataset."), c::toString);
        String list = c.out.substring(c.out.indexOf("Commands:"));
        assertFalse(list.matches("(?s).*,\\s*\\n  \\S.*"), "a description stops at a comma: " + list);
        assertFalse(list.contains("%n"), list);
    }

    @Test
    void theVersionIsTheReleaseNotDev() {
        Cli c = Cli.run("--version");
        assertEquals(0, c.exit, c::toString);
        assertTrue(c.out.matches("(?s)ekg \\d+\\.\\d+\\.\\d+\\S*\\R.*"), c::toString);
        assertFalse(c.out.contains("dev"), c::toString);
    }

    @Test
    void aMissingGoldFileIsAUsageErrorNamingItOnce(@TempDir Path dir) {
        Cli c = Cli.run("eval", dir.resolve("nope.json").toString(), dir.toString());
        assertEquals(2, c.exit, c::toString);
        assertEquals(1, c.err.split("nope.json", -1).length - 1, c::toString);
        Cli help = Cli.run("eval", "--help");
        assertTrue(help.out.contains("ekg eval seeds/gold.json seeds"), help::toString);
        assertFalse(help.out.contains("../"), "every example names files a user has: " + help);
        assertTrue(Files.isRegularFile(Path.of("..", "seeds", "gold.json")), "the seed gold ships with ekg");
    }

    @Test
    void extractSummarySaysWhatWasFoundInWords(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Die Ministerin Anna Berger sagte am Montag in Wien: „Wir bleiben hier.“",
                StandardCharsets.UTF_8);
        Cli c = Cli.run("extract", "--summary", f.toString());
        assertEquals(0, c.exit, c::toString);
        assertTrue(c.out.contains("1 quotes,"), c::toString);
        assertTrue(c.out.contains("Anna Berger, direct: \"Wir bleiben hier.\""), c::toString);
        assertTrue(c.out.contains("PER Anna Berger"), c::toString);
        assertFalse(c.out.contains("@prefix") || c.out.contains("GRAPH"), "no TriG: " + c);
    }
}
