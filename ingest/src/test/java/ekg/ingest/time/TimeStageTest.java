package ekg.ingest.time;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.TimeExpression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeStageTest {

    private static List<TimeExpression> times(String text, String published) {
        Doc doc = DocBuilder.of(text).id("t").published(published).tokens(DocBuilder.NONE).build();
        return new TimeStage().process(doc).times();
    }

    private static String value(String text, String published, String phrase) {
        return times(text, published).stream().filter(t -> t.text().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no phrase '" + phrase + "' in " + times(text, published)))
                .value();
    }

    @Test
    void absolutePhrasesNeedNoAnchor() {
        String text = "Der Vertrag wurde am 3. Oktober 1990 unterzeichnet, die Reform kam im Jahr 2004 "
                + "und der Gipfel im September 2023.";
        assertEquals("1990-10-03", value(text, null, "am 3. Oktober 1990"));
        assertEquals("2004", value(text, null, "im Jahr 2004"));
        assertEquals("2023-09", value(text, null, "im September 2023"));
    }

    @Test
    void monthAnchorWithWeekdayAndDay() {
        String text = "Die Ministerin reiste am Montag (11. März) ab. Am Dienstag sprach sie in Rom.";
        assertEquals("2024-03-11", value(text, "2024-03", "am Montag (11. März)"));
        assertEquals("2024-03-12", value(text, "2024-03", "Am Dienstag"));
    }

    @Test
    void relativePhrasesAgainstADay() {
        String text = "Gestern tagte der Rat, letzte Woche der Ausschuss. Im vergangenen Herbst gab es Streit, "
                + "vor mehr als zwei Jahren eine Einigung, vor fast einem Vierteljahrhundert die Gründung. "
                + "Im Juli folgt die Wahl, am 4. und 5. Mai das Fest.";
        String pub = "2025-02-12";
        assertEquals("2025-02-11", value(text, pub, "Gestern"));
        assertEquals("2025-02-03/2025-02-09", value(text, pub, "letzte Woche"));
        assertEquals("2024-09/2024-11", value(text, pub, "Im vergangenen Herbst"));
        assertEquals("2023", value(text, pub, "vor mehr als zwei Jahren"));
        assertEquals("2000/2001", value(text, pub, "vor fast einem Vierteljahrhundert"));
        assertEquals("2025-07", value(text, pub, "Im Juli"));
        assertEquals("2025-05-04/2025-05-05", value(text, pub, "am 4. und 5. Mai"));
    }

    @Test
    void monthsBeforeAnEarlierEvent() {
        String text = "Das Treffen kommt sechs Monate, nachdem beide in Oslo verhandelt hatten.";
        assertEquals("2021-11", value(text, "2022-05-20", "sechs Monate, nachdem"));
    }

    @Test
    void withoutAnchorRelativePhrasesKeepTheirTextButNoValue() {
        List<TimeExpression> t = times("Am Mittwoch traf er den Kanzler, im vergangenen Herbst den Papst.", null);
        assertEquals(2, t.size());
        assertNull(t.get(0).value());
        assertTrue(t.get(0).anchor().startsWith("none"));
        assertEquals("im vergangenen Herbst", t.get(1).text());
    }

    @Test
    void anchorInferredFromWeekdayAndDayIsRecorded() {
        String text = "Der Minister kam am Freitag (7. März) nach Wien. Seit 2019 ist er im Amt. Gestern war er in Graz.";
        List<TimeExpression> t = times(text, null);
        TimeExpression gestern = t.stream().filter(x -> x.text().equals("Gestern")).findFirst().orElseThrow();
        assertEquals("2025-03-06", gestern.value());
        assertTrue(gestern.anchor().contains("inferred 2025-03-07"), gestern.anchor());
    }

    @Test
    void aWeekdayWithADayButNoYearInTheTextFixesNoDate() {
        String text = "Der Minister kam am Freitag (7. März) nach Wien. Gestern war er in Graz.";
        TimeExpression gestern = times(text, null).stream().filter(x -> x.text().equals("Gestern")).findFirst().orElseThrow();
        assertNull(gestern.value(), "the year would have come from the day of the build");
    }

    @Test
    void anchorInferredFromADayAfterTheLatestDatedMonth() {
        String text = "Im November 2022 begann der Streit. Am 14. Februar soll nun entschieden werden, am Montag davor beraten.";
        List<TimeExpression> t = times(text, null);
        assertEquals("2023-02-14", t.stream().filter(x -> x.text().equals("Am 14. Februar")).findFirst().orElseThrow().value());
        assertEquals("2023-02-13", t.stream().filter(x -> x.text().equals("am Montag")).findFirst().orElseThrow().value());
    }

    @Test
    void normalizeOnePhraseLater() {
        Anchor a = Anchor.of("2024-06", "from the events it shares");
        assertEquals("2023-09/2023-11", GermanTimes.normalize("im letzten Herbst", a));
        assertEquals("2024-07", GermanTimes.normalize("im Juli", a));
        assertNull(GermanTimes.normalize("am Mittwoch", a));
        assertTrue(GermanTimes.isAbsolute("im Jahr 2000"));
    }
}
