package ekg.ingest.correct;

import ekg.ingest.doc.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction note in an article: a line starting with "Korrektur", "Berichtigung" or "Anm. d. Red.",
 * or one saying "In einer früheren Version ...". {@code retracted} is the part stating what was wrong
 * (up to "Richtig ist"), {@code corrected} what is right (from there on; empty when the note says
 * nothing right).
 */
record CorrectionNote(Span span, Span retracted, Span corrected) {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:(?:Korrektur|Berichtigung|Richtigstellung"
            + "|Anmerkung der Redaktion)\\b|Anm\\. d\\. Red\\.|.*\\bIn einer (?:früheren|vorherigen|älteren|ersten)"
            + " (?:Version|Fassung)).*$");
    private static final Pattern RIGHT = Pattern.compile("\\b(?:Richtig|Korrekt|Tatsächlich|Zutreffend) (?:ist|war)\\b"
            + "|\\brichtig(?:gestellt)? (?:ist|wäre)\\b");

    /** Words every note holds one of: most articles have none, and LINE is costly to run over a whole text. */
    private static final List<String> MARKERS = List.of("Korrektur", "Berichtigung", "Richtigstellung",
            "Anmerkung der Redaktion", "Anm. d. Red.", "In einer ");

    static List<CorrectionNote> find(String text) {
        List<CorrectionNote> notes = new ArrayList<>();
        if (MARKERS.stream().noneMatch(text::contains)) return notes;
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            Span line = new Span(m.start(), m.end());
            Matcher r = RIGHT.matcher(text).region(m.start(), m.end());
            int cut = r.find() ? r.start() : m.end();
            notes.add(new CorrectionNote(line, new Span(m.start(), cut), new Span(cut, m.end())));
        }
        return notes;
    }
}
