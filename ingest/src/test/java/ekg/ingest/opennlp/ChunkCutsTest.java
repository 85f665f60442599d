package ekg.ingest.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ekg.ingest.doc.Span;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class ChunkCutsTest {
    private static final List<String> SENTENCES = List.of(
            "Die Ministerin sagte am Montag in Wien: „Wir handeln jetzt.“",
            "„Das ist“, sagte er, „nicht unser Ziel.“",
            "Der Umsatz stieg um 3,5 Prozent auf 1.200 Mio. Euro (Vorjahr: 980 Mio.).",
            "Laut NATO-Generalsekretär Müller ist z. B. die Lage am 1.3.2024 ruhig gewesen...",
            "Er rief:\u00a0»Nein!« – und ging.\nDann schwieg er\t lange;  sehr lange?",
            "Die Straße heißt Kim-Il-Sung-Platz, oder nicht?",
            "  ",
            "");

    @Test
    void givesTheTokensOfTheModelItselfOnFirstAndRepeatedChunks() {
        ChunkCuts cuts = new ChunkCuts(OpenNlpModels.tokens());
        TokenizerME model = new TokenizerME(OpenNlpModels.tokens());
        for (int round = 0; round < 2; round++) {
            for (String sentence : SENTENCES) {
                List<Span> expected = new ArrayList<>();
                for (opennlp.tools.util.Span t : model.tokenizePos(sentence)) expected.add(new Span(t.getStart(), t.getEnd()));
                assertEquals(expected, cuts.tokenizePos(sentence), sentence);
            }
        }
    }

    @Test
    void cutsPunctuationOffWords() {
        List<Span> tokens = new ChunkCuts(OpenNlpModels.tokens()).tokenizePos("Ja, sagte er.");
        List<String> words = tokens.stream().map(s -> s.of("Ja, sagte er.")).toList();
        assertEquals(List.of("Ja", ",", "sagte", "er", "."), words);
    }
}
