package ekg.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles not in German are stored with their language, unextracted, and counted; or extracted when forced. */
class LanguageTest {
    static final String GERMAN = "Die Ministerin Anna Berger sagte am Montag in Wien: „Wir bleiben hier, bis die Arbeit getan ist.“ "
            + "Der Minister Jonas Weber widersprach ihr am Dienstag in Linz.";
    static final String ENGLISH = "The minister Anna Berger said on Monday in Vienna: \"We will stay here until the work is done.\" "
            + "Her colleague Jonas Weber disagreed with her on Tuesday in Linz.";
    static final String FRENCH = "La ministre Anna Berger a déclaré lundi à Vienne : « Nous resterons ici jusqu'à ce que le travail "
            + "soit fait. » Son collègue Jonas Weber l'a contredite mardi à Linz.";

    @Test
    void englishAndFrenchArticlesAreRecordedButNotExtracted(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("de.txt"), GERMAN, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("en.txt"), ENGLISH, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("fr.txt"), FRENCH, StandardCharsets.UTF_8);
        String db = dir.resolve("db").toString();
        Cli build = Cli.run("build", in.toString(), "--db", db);
        assertEquals(0, build.exit, build::toString);
        assertTrue(build.err.contains("3 stored, 0 failed, 2 not German"), build::toString);
        Path q = Files.writeString(dir.resolve("lang.rq"), """
                SELECT ?id ?lang (COUNT(?phrase) AS ?mentions)
                WHERE { ?a schema:identifier ?id ; schema:inLanguage ?lang OPTIONAL { ?phrase nif:referenceContext ?a } }
                GROUP BY ?id ?lang ORDER BY ?id""", StandardCharsets.UTF_8);
        Cli rows = Cli.run("query", q.toString(), "--db", db, "--format", "csv");
        assertTrue(rows.out.matches("(?s)id,lang,mentions\\r\\nde,de,[1-9]\\d*\\r\\nen,en,0\\r\\nfr,fr,0\\r\\n"), rows::toString);

        Cli forced = Cli.run("build", in.resolve("en.txt").toString(), "--db", dir.resolve("db2").toString(), "--force-language");
        assertEquals(0, forced.exit, forced::toString);
        assertTrue(forced.err.contains("1 stored, 0 failed;"), forced::toString);
    }
}
