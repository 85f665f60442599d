package ekg.ingest.opennlp.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.tools.ner.NerTrainer;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads the committed default model: the only test here that needs a real model. */
class DefaultModelTest {

    @Test
    void findsPeopleAndPlacesInAnOrdinaryNewsSentence() {
        Doc doc = NameFinderStage.createDefault().process(TestDocs.tokenized("m1",
                "Der Generalsekretär Jens Stoltenberg reiste am Montag nach Washington .",
                "Dort sprach er über die Raketentests in Nordkorea ."));
        List<String> found = doc.mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
        assertTrue(found.contains("Jens Stoltenberg/PER"), found.toString());
        assertTrue(found.contains("Washington/LOC"), found.toString());
        assertTrue(found.contains("Nordkorea/LOC"), found.toString());
        for (Mention m : doc.mentions()) {
            assertEquals(m.text(), doc.cover(m.span()));
            assertEquals("ner:" + NerModels.DEFAULT_NAME, m.foundBy());
        }
    }

    @Test
    void defaultModelNamesItsDataAndCredits() {
        TokenNameFinderModel model = NerModels.defaultModel();
        assertEquals("de", model.getLanguage());
        assertTrue(model.getManifestProperty(NerTrainer.DATA_PROPERTY).contains("NER-de-dev.tsv"));
        assertTrue(model.getManifestProperty(NerTrainer.CREDITS_PROPERTY).contains("CC BY 4.0"));
        assertTrue(model.getManifestProperty(NerTrainer.CREDITS_PROPERTY).contains("datafaker"));
    }

    @Test
    void defaultModelHoldsTheNameWordsItWasTrainedWith() {
        Object words = NerModels.defaultModel().getArtifact(NameWordsFeatureGeneratorFactory.ARTIFACT);
        assertTrue(words instanceof NameWordsFeatureGeneratorFactory.Artifact, String.valueOf(words));
        assertTrue(((NameWordsFeatureGeneratorFactory.Artifact) words).text().contains("Amundsen\tL"));
    }

    @Test
    void typesAreTheProjectsFour() {
        Doc doc = NameFinderStage.createDefault().process(TestDocs.tokenized("m2",
                "Die Deutsche Bahn erhöht in Bayern die Preise ."));
        doc.mentions().forEach(m -> assertTrue(List.of(EntityType.values()).contains(m.type())));
    }

    @Test
    void aLoneCommaIsNeverAName() {
        // the model tags the comma after "Stadt" in this sentence as a place; a name needs a letter or a digit
        Doc doc = NameFinderStage.createDefault().process(TestDocs.tokenized("m3", "Brand in Lagerhalle",
                "Die Sprecherin der Stadt , Eva Jung , sagte am Abend , der Schaden sei hoch ."));
        for (Mention m : doc.mentions()) {
            assertTrue(m.text().codePoints().anyMatch(Character::isLetterOrDigit), doc.mentions().toString());
        }
    }
}
