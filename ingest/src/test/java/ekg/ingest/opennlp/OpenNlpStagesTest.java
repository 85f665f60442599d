package ekg.ingest.opennlp;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Token;
import ekg.ingest.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the real German OpenNLP models; the only tests here that load models. */
class OpenNlpStagesTest {
    static final Pipeline PIPELINE = Pipeline.builder()
            .add(new SentenceStage()).add(new TokenStage()).add(new PosStage()).build();

    static Doc run(String text) {
        return PIPELINE.process(Doc.of("t", text, Metadata.builder("t.txt").build()));
    }

    @Test
    void sentencesEndAtStopsAndAtLineBreaks() {
        Doc d = run("Die Ministerin reiste am Montag nach Wien. Dort traf sie den Kanzler.\nEine Überschrift ohne Punkt\nNoch ein Satz.");
        List<String> sentences = d.sentences().stream().map(s -> d.cover(s.span())).toList();
        assertEquals(List.of("Die Ministerin reiste am Montag nach Wien.", "Dort traf sie den Kanzler.",
                "Eine Überschrift ohne Punkt", "Noch ein Satz."), sentences);
    }

    @Test
    void ordinalsAndAbbreviationsEndNoSentence() {
        Doc d = run("Die Wahl findet am 26. September statt. Der 6. Senat entschied am Donnerstag, 21. Juli, anders. "
                + "Die Kosten trägt der Betrieb bzw. die Kasse, rund 43 Mrd. Euro. Die Zahl stieg auf 13. Sie lag "
                + "davor bei ca. 9. Die Partei kam auf Platz 3. Der Sieger jubelte. Wozu das Ganze?, fragt sie.");
        List<String> sentences = d.sentences().stream().map(s -> d.cover(s.span())).toList();
        assertEquals(List.of("Die Wahl findet am 26. September statt.", "Der 6. Senat entschied am Donnerstag, 21. Juli, anders.",
                "Die Kosten trägt der Betrieb bzw. die Kasse, rund 43 Mrd. Euro.", "Die Zahl stieg auf 13.",
                "Sie lag davor bei ca. 9.", "Die Partei kam auf Platz 3.", "Der Sieger jubelte.", "Wozu das Ganze?, fragt sie."), sentences);
    }

    @Test
    void tokenOffsetsPointIntoTheDocumentText() {
        Doc d = run("Erster Satz hier.\n\nDer Präsident sagte: „Wir bleiben.“");
        for (Token t : d.tokens()) assertEquals(t.text(), d.cover(t.span()));
        assertTrue(d.tokens().stream().anyMatch(t -> t.text().equals("Präsident") && t.sentence() == 1));
    }

    @Test
    void posTagsAreUniversalTagsOnePerToken() {
        Doc d = run("Die Kanzlerin besuchte gestern Paris.");
        assertEquals(d.tokens().size(), d.pos().size());
        int paris = d.tokens().stream().map(Token::text).toList().indexOf("Paris");
        assertEquals("PROPN", d.pos().get(paris));
        int besuchte = d.tokens().stream().map(Token::text).toList().indexOf("besuchte");
        assertEquals("VERB", d.pos().get(besuchte));
    }
}
