package ekg.ingest.opennlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexicon features read the real German lexicon (german-pos-dict). */
class LexiconFeatureGeneratorFactoryTest {

    @Test
    void aCommonNounIsMarkedAsOnlyThat() {
        assertEquals(List.of("lx=S", "lxl=U"), LexiconFeatureGeneratorFactory.features("Regierung"));
    }

    @Test
    void aSurnameAndATownCarryTheirKindOfName() {
        List<String> surname = LexiconFeatureGeneratorFactory.features("Schmidt");
        assertTrue(surname.contains("lx=E"), surname.toString());
        assertTrue(surname.contains("lxe=NAC"), surname.toString());
        List<String> town = LexiconFeatureGeneratorFactory.features("Frankfurt");
        assertTrue(town.contains("lxe=STD"), town.toString());
        assertFalse(town.contains("lxe=NAC"), town.toString());
    }

    @Test
    void aCapitalisedFunctionWordShowsItsLowerCaseReading() {
        List<String> f = LexiconFeatureGeneratorFactory.features("Die");
        assertTrue(f.contains("lx=U"), f.toString());
        assertTrue(f.contains("lxl=F"), f.toString());
    }

    @Test
    void anUnknownWordIsACandidateAndTheHeadOfACompoundIsLookedUp() {
        assertEquals(List.of("lx=U", "lxl=U"), LexiconFeatureGeneratorFactory.features("Qwzxorbel"));
        assertTrue(LexiconFeatureGeneratorFactory.features("Xyzqu-Kommission").contains("lxh=S"));
    }

    @Test
    void numbersAndPunctuationHaveNoFeatures() throws Exception {
        AdaptiveFeatureGenerator g = new LexiconFeatureGeneratorFactory().create();
        List<String> out = new ArrayList<>();
        g.createFeatures(out, new String[] {"Am", "12.", "Mai", "."}, 1, new String[0]);
        g.createFeatures(out, new String[] {"Am", "12.", "Mai", "."}, 3, new String[0]);
        assertEquals(List.of(), out);
    }
}
