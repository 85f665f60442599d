package ekg.ingest.time;

import ekg.ingest.doc.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grammar tries its patterns only where words begin; on text without a phrase starting inside a word
 * that must find exactly what scanning every character finds.
 */
class TimeGrammarTest {

    /** Every kind's pattern at every character, earliest then longest wins: the grammar's meaning, slowly. */
    private static List<String> scanEveryCharacter(String text) {
        List<TimeGrammar.Found> all = new ArrayList<>();
        for (TimeGrammar.Kind k : TimeGrammar.Kind.values()) {
            Matcher m = k.pattern.matcher(text);
            while (m.find()) {
                Map<String, String> groups = new HashMap<>();
                for (String g : k.groups) if (m.group(g) != null) groups.put(g, m.group(g));
                all.add(new TimeGrammar.Found(new Span(m.start(), m.end()), m.group().strip(), k, groups));
            }
        }
        all.sort(Comparator.comparingInt((TimeGrammar.Found f) -> f.span().begin()).thenComparing(f -> -f.span().length()));
        List<TimeGrammar.Found> kept = new ArrayList<>();
        for (TimeGrammar.Found f : all) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(f.span())) kept.add(f);
        }
        return kept.stream().map(f -> f.kind() + " " + f.text() + " " + f.groups()).toList();
    }

    private static List<String> found(String text) {
        return TimeGrammar.find(text).stream().map(f -> f.kind() + " " + f.text() + " " + f.groups()).toList();
    }

    @Test
    void findsWhatAScanOfEveryCharacterFinds() throws IOException {
        int phrases = 0;
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                assertEquals(scanEveryCharacter(text), found(text), p.toString());
                phrases += found(text).size();
            }
        }
        assertTrue(phrases > 20, "the seed articles hold time phrases: " + phrases);
    }

    @Test
    void longLeadsAndTails() {
        String text = "Vor mehr als zwanzig Jahrzehnten begann es. An diesem Donnerstag und Freitag tagt der Rat,"
                + " Am Donnerstag, den 12. September 2024 kam er, vom 3. bis zum 5. Oktober 2024 blieb er."
                + " Zwei Jahre, nachdem der Vertrag fiel, im vergangenen Sommer 2019 und in diesem Jahr, gestern"
                + " und übermorgen, am 1.2.2020 und Anfang März.";
        assertEquals(scanEveryCharacter(text), found(text));
        List<String> texts = TimeGrammar.find(text).stream().map(TimeGrammar.Found::text).toList();
        assertTrue(texts.contains("Vor mehr als zwanzig Jahrzehnten"), texts.toString());
        assertTrue(texts.contains("An diesem Donnerstag und Freitag"), texts.toString());
        assertTrue(texts.contains("Am Donnerstag, den 12. September 2024"), texts.toString());
        assertTrue(texts.contains("im vergangenen Sommer 2019"), texts.toString());
        assertTrue(texts.contains("Anfang März"), texts.toString());
    }

    @Test
    void noPhraseStartsInsideAWord() {
        String text = "Im Zeitraum 2019 stieg der Wert, der Kram Montag blieb liegen.";
        List<String> texts = TimeGrammar.find(text).stream().map(TimeGrammar.Found::text).toList();
        assertEquals(List.of("Montag"), texts);
    }
}
