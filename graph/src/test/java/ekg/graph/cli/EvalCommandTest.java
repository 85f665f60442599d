package ekg.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ekg eval on an article written here, with gold in the development sets' format and an events file beside it. */
class EvalCommandTest {
    private static final String TEXT = "Lindenau baut neu\n\n„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Lenz am "
            + "Montag in Lindenau. Am Dienstag traf Lenz den Landrat Peter Kamm.";

    private static String span(String form, int from) {
        int b = TEXT.indexOf(form, from);
        return "[" + b + ", " + (b + form.length()) + "]";
    }

    private static String mention(String form, int from) {
        return "{\"article\": \"a1.txt\", \"span\": " + span(form, from) + ", \"kind\": \"name\", \"text\": \"" + form + "\"}";
    }

    @Test
    void scoresSpeechMentionsAndTheEventsBesideTheGold(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), TEXT);
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"articles\": [\"a1.txt\"], "
                + "\"quotes\": [{\"article\": \"a1.txt\", \"speaker\": \"Anna Lenz\", \"mode\": \"direct\", "
                + "\"contains\": \"Wir bauen die Brücke neu\", \"span\": " + span("Wir bauen", 0) + "}], "
                + "\"entities\": [{\"name\": \"Anna Lenz\", \"type\": \"Person\", \"mentions\": [" + mention("Anna Lenz", 0) + ", "
                + mention("Lenz", TEXT.indexOf("Dienstag")) + "]}, "
                + "{\"name\": \"Lindenau\", \"type\": \"Place\", \"mentions\": [" + mention("Lindenau", 0) + ", "
                + mention("Lindenau", 10) + "]}], \"distinct\": []}");
        Files.writeString(dir.resolve("events.json"), "{\"articles\": [\"a1.txt\"], \"events\": [{\"article\": \"a1.txt\", "
                + "\"type\": \"Meeting\", \"planned\": false, \"triggers\": [{\"span\": " + span("traf", 0) + ", \"text\": \"traf\"}], "
                + "\"actors\": [\"Anna Lenz\", \"Peter Kamm\"], \"place\": null, \"time\": null}]}");

        Cli run = Cli.run("eval", gold.toString(), articles.toString(), "--misses", "2");
        assertEquals(0, run.exit, run::toString);
        assertTrue(run.err.contains("events scored from " + dir.resolve("events.json")), run::toString);
        assertTrue(run.out.contains("direct    gold     1  found     1 1.000"), run::toString);
        assertTrue(Pattern.compile("recall all +all +\\d\\.\\d{3} \\(\\d/4\\)").matcher(run.out).find(), run::toString);
        assertTrue(run.out.contains("distinct pairs merged (their found mentions share an ekg entity): 0 of 0"), run::toString);
        assertTrue(run.out.contains("all             gold    1"), run::toString);
    }
}
