package ekg.ingest.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ekg.ingest.opennlp.ner.NerModels;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class RepeatedContextsTest {
    private static final List<String> SENTENCES = List.of(
            "Die Bundesministerin Anna Berger traf am Montag in Wien den Chef der Firma Nordstahl AG.",
            "„Wir werden das prüfen“, sagte ein Sprecher des Innenministeriums in Berlin.",
            "Nach Angaben der Polizei wurden in Graz und Linz mehrere Personen festgenommen.",
            "Der frühere Präsident Frankreichs, Jacques Morel, sprach vor der UNO in New York.");

    @Test
    void taggerAndNameFinderGiveWhatThePlainModelsGive() {
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
        POSTaggerME plainTagger = new POSTaggerME(OpenNlpModels.pos());
        POSTaggerME tagger = new POSTaggerME(OpenNlpModels.posTagging());
        NameFinderME plainNames = new NameFinderME(NerModels.plainDefaultModel());
        NameFinderME names = new NameFinderME(NerModels.defaultModel());
        int found = 0;
        for (String sentence : SENTENCES) {
            String[] words = tokenizer.tokenize(sentence);
            assertArrayEquals(plainTagger.tag(words), tagger.tag(words), sentence);
            opennlp.tools.util.Span[] expected = plainNames.find(words);
            assertEquals(Arrays.asList(expected), Arrays.asList(names.find(words)), sentence);
            found += expected.length;
        }
        assertTrue(found > 0, "the sentences hold names");
    }

    @Test
    void answersARepeatedContextWithTheModelsOwnScores() {
        MaxentModel model = OpenNlpModels.pos().getArtifact("pos.model");
        RepeatedContexts repeated = RepeatedContexts.of(model);
        String[] context = {"w=Haus", "p=H", "s=s"};
        double[] first = repeated.eval(context, new double[model.getNumOutcomes()]).clone();
        double[] again = repeated.eval(context.clone(), new double[model.getNumOutcomes()]);
        assertArrayEquals(model.eval(context), first);
        assertArrayEquals(first, again);
        String[] other = {"w=laufen", "p=l", "s=n"};
        assertArrayEquals(model.eval(other), repeated.eval(other, new double[model.getNumOutcomes()]));
    }
}
