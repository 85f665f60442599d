package ekg.ingest.tools.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.opennlp.ner.NameFinderStage;
import ekg.ingest.opennlp.ner.NerModels;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerTrainerTest {
    private static final String[] PEOPLE = {"Anna Keller", "Jonas Brandt", "Petra Vogel", "Malte Krause", "Ida Roth"};
    private static final String[] PLACES = {"Hamburg", "Kassel", "Rostock", "Passau", "Jena", "Ulm"};
    private static final String[] ORGS = {"Siemens", "Bosch", "Lufthansa"};
    private static final String[] TEMPLATES = {
        "Am Montag reiste {P} nach {L} .",
        "{P} sprach in {L} mit Vertretern von {O} .",
        "Laut {O} wird {P} bald {L} verlassen .",
        "Die Firma {O} eröffnet ein Werk in {L} .",
    };
    private static final TrainOptions FAST = TrainOptions.builder().iterations(40).cutoff(0).build();

    private static final String UNSEEN_1 = "Am Montag reiste Ida Roth nach Jena .";
    private static final String UNSEEN_2 = "Die Firma Lufthansa eröffnet ein Werk in Passau .";

    static Path corpus;
    static int sentences;

    @BeforeAll
    static void writeCorpus(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 240; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String place = PLACES[(i / 4) % PLACES.length];
            String org = ORGS[(i / 3) % ORGS.length];
            String sentence = TEMPLATES[i % TEMPLATES.length]
                    .replace("{P}", person).replace("{L}", place).replace("{O}", org);
            // The generator would meet every combination; leave out the two the test tags.
            if (sentence.equals(UNSEEN_1) || sentence.equals(UNSEEN_2)) continue;
            for (String slot : TEMPLATES[i % TEMPLATES.length].split(" ")) {
                switch (slot) {
                    case "{P}" -> name(sb, person, "PER");
                    case "{L}" -> name(sb, place, "LOC");
                    case "{O}" -> name(sb, org, "ORG");
                    default -> sb.append(slot).append("\tO\n");
                }
            }
            sb.append('\n');
            sentences++;
        }
        corpus = Files.writeString(dir.resolve("generated.bio"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static void name(StringBuilder sb, String name, String type) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            sb.append(words[i]).append(i == 0 ? "\tB-" : "\tI-").append(type).append('\n');
        }
    }

    @Test
    void trainedModelTagsUnseenSentencesAndRecordsItsData() throws IOException {
        List<String> training = CorpusFile.of(corpus).read().stream()
                .map(s -> String.join(" ", s.getSentence())).toList();
        assertFalse(training.contains(UNSEEN_1) || training.contains(UNSEEN_2), "test sentences must be unseen");

        TokenNameFinderModel model = NerTrainer.train(List.of(CorpusFile.of(corpus)), FAST);
        String data = model.getManifestProperty(NerTrainer.DATA_PROPERTY);
        assertTrue(data.contains("generated.bio (" + sentences + " sentences)"), data);
        assertTrue(model.getManifestProperty(NerTrainer.PARAMETERS_PROPERTY).contains("40 iterations"));

        Doc doc = new NameFinderStage(model, "tiny").process(tokenized("t1", UNSEEN_1, UNSEEN_2));
        String text = doc.text();
        assertEquals(List.of(span(text, "Ida Roth"), span(text, "Jena"), span(text, "Lufthansa"), span(text, "Passau")),
                doc.mentions().stream().map(Mention::span).toList());
        assertEquals(List.of("Ida Roth", "Jena", "Lufthansa", "Passau"),
                doc.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of(EntityType.PER, EntityType.LOC, EntityType.ORG, EntityType.LOC),
                doc.mentions().stream().map(Mention::type).toList());
        assertEquals("ner:tiny", doc.mentions().get(0).foundBy());
    }

    private static Span span(String text, String name) {
        int at = text.indexOf(name);
        return new Span(at, at + name.length());
    }

    @Test
    void savedModelLoadsWithItsManifest(@TempDir Path dir) throws IOException {
        TokenNameFinderModel model = NerTrainer.train(List.of(CorpusFile.of(corpus)), FAST);
        Path file = dir.resolve("tiny.bin");
        model.serialize(file);
        NameFinderStage stage = NameFinderStage.fromFile(file);
        Doc doc = stage.process(tokenized("t2", "Am Montag reiste Ida Roth nach Kassel ."));
        assertEquals("ner:tiny", doc.mentions().get(0).foundBy());
        assertTrue(NerModels.load(file).getManifestProperty(NerTrainer.CREDITS_PROPERTY).contains("generated.bio"));
    }

    @Test
    void lbfgsModelTagsUnseenSentencesAndRecordsItsCosts(@TempDir Path dir) throws IOException {
        TrainOptions qn = TrainOptions.builder().algorithm(Algorithm.parse("maxent-qn")).iterations(60).cutoff(0)
                .l1(0).l2(0.5).build();
        TokenNameFinderModel model = NerTrainer.train(List.of(CorpusFile.of(corpus)), qn);
        assertTrue(model.getManifestProperty(NerTrainer.PARAMETERS_PROPERTY).startsWith("maxent-qn, 60 iterations, cutoff 0, L1 0.0, L2 0.5"),
                model.getManifestProperty(NerTrainer.PARAMETERS_PROPERTY));
        Path file = dir.resolve("qn.bin");
        model.serialize(file);
        Doc doc = NameFinderStage.fromFile(file).process(tokenized("t3", UNSEEN_1, UNSEEN_2));
        assertEquals(List.of("Ida Roth", "Jena", "Lufthansa", "Passau"), doc.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void regularizationCostsAreRefusedWhereTheyWouldBeIgnored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainOptions.builder().l2(1).build());
        assertTrue(e.getMessage().contains("maxent-qn only"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainOptions.builder().algorithm(Algorithm.MAXENT_QN).l1(-1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Algorithm.parse("svm")).getMessage()
                .contains("perceptron, maxent or maxent-qn"));
    }

    @Test
    void crossValidationIsDeterministicAndScoresTheGeneratedData() throws IOException {
        List<NameSample> samples = CorpusFile.of(corpus).read();
        NerScores a = NerEvaluator.crossValidate(samples, 3, FAST);
        NerScores b = NerEvaluator.crossValidate(samples, 3, FAST);
        assertEquals(a.byType(), b.byType());
        assertEquals(sentences, a.sentences());
        assertTrue(a.f1() > 0.9, a.format());
    }

    private static Doc tokenized(String id, String... sentences) {
        return TokenDocs.of(id, Stream.of(sentences).map(t -> t.split(" ")).toList());
    }
}
