package ekg.ingest.tools.ner;

import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import ekg.ingest.names.NameWords;
import ekg.ingest.opennlp.ner.NameWordsFeatureGeneratorFactory;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First names, last names and places from datafaker-style locale files, and their model feature. */
class WorldNameListsTest {
    private static final String DE = """
            de:
              faker:
                address:
                  city_name: [Berlin, 'Bad Ems', "Köln"]
                  state: [Hessen]
                name:
                  # a comment: [Nobody]
                  male_first_name: [Olaf, Will, 'Jean-Luc']
                  last_name:
                    - "Scholz"
                    - Sommer
                    - "#{first_name}son"
                  first_name:
                    - "#{male_first_name}"
            """;
    private static final String RU = """
            ru:
              faker:
                name:
                  first_name: [Владимир]
                  last_name: [Путин]
            """;
    // "Sommer" and "will" are ordinary words here, "Scholz" is a name.
    private static final String BIO = """
            Im\tO
            Sommer\tO
            will\tO
            Olaf\tB-PER
            Scholz\tI-PER
            nach\tO
            Berlin\tB-LOC
            .\tO

            Der\tO
            Sommer\tO
            will\tO
            nicht\tO
            .\tO
            """;

    private static List<NameSample> samples() throws IOException {
        return CorpusReader.read(BIO, "inline", CorpusFormat.BIO);
    }

    @Test
    void readsFlowAndBlockListsAndSkipsTemplatesAndComments() {
        Map<String, List<String>> l = LocaleYaml.lists(DE);
        assertEquals(List.of("Berlin", "Bad Ems", "Köln"), l.get("city_name"));
        assertEquals(List.of("Olaf", "Will", "Jean-Luc"), l.get("male_first_name"));
        assertEquals(List.of("Scholz", "Sommer"), l.get("last_name"));
        assertFalse(l.containsKey("first_name"), "only templates: no list");
    }

    @Test
    void keepsLatinSingleWordsAndDropsOrdinaryGermanWords() throws IOException {
        WorldNameLists.Lists l = WorldNameLists.select(List.of(LocaleYaml.lists(DE), LocaleYaml.lists(RU)),
                new WorldNameLists.WordCounts(samples()), "test");
        assertEquals(Set.of("Olaf", "Jean-Luc"), l.first(), "'Will' is mostly the verb 'will'");
        assertEquals(Set.of("Scholz"), l.last(), "'Sommer' is mostly the season; Cyrillic is left out");
        assertEquals(Set.of("Berlin", "Köln", "Hessen"), l.places(), "one word per place");
    }

    @Test
    void readsAJarAndWritesListsThatLoadAsNameWords(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("datafaker-9.9.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "de.yml", DE);
            entry(zip, "en/buffy.yml", "en:\n  faker:\n    buffy:\n      last_name: [Summers]\n");
            entry(zip, "META-INF/maven/net.datafaker/datafaker/pom.properties", "version=9.9\n");
        }
        WorldNameLists.Lists l = WorldNameLists.fromJar(jar, samples());
        assertTrue(l.source().startsWith("datafaker 9.9"), l.source());
        assertFalse(l.last().contains("Summers"), "themed lists are fiction");
        l.write(dir.resolve("lists"), "inline");
        assertTrue(Files.readString(dir.resolve("lists").resolve(NameLists.LAST_FILE)).contains("Apache License 2.0"));
        NameWords w = NameWords.load(dir.resolve("lists"));
        assertTrue(w.isFirst("Olaf") && w.isLast("Scholz") && w.isPlace("Köln"));
        Files.writeString(dir.resolve("lists").resolve(NameLists.NAMES_FILE), "");
        Files.writeString(dir.resolve("lists").resolve(NameLists.GIVEN_FILE), "");
        NameLists lists = NameLists.load(dir.resolve("lists"), KnowledgeBase.load(List.of()));
        assertTrue(lists.isGivenName("Jean-Luc"));
        assertTrue(lists.isLastName("Scholz"));
        assertFalse(lists.isLastName("Olaf"));
    }

    @Test
    void nameWordsTravelInsideTheModel() throws IOException {
        String xml = new String(TrainOptions.resource(TrainOptions.DEFAULT_FEATURES), StandardCharsets.UTF_8)
                .replace("</featureGenerators>", "<generator class=\"" + NameWordsFeatureGeneratorFactory.class.getName()
                        + "\"><str name=\"words\">" + NameWordsFeatureGeneratorFactory.ARTIFACT + "</str></generator>"
                        + "</featureGenerators>");
        TrainOptions o = TrainOptions.builder().iterations(20).cutoff(0)
                .features(xml.getBytes(StandardCharsets.UTF_8), "nw.xml").build();
        List<NameSample> train = new ArrayList<>();
        for (int i = 0; i < 10; i++) train.addAll(samples());
        TokenNameFinderModel m = NerTrainer.train(train, o, Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.serialize(bytes);
        TokenNameFinderModel back = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        Object a = back.getArtifact(NameWordsFeatureGeneratorFactory.ARTIFACT);
        assertTrue(a instanceof NameWordsFeatureGeneratorFactory.Artifact);
        assertEquals(((NameWordsFeatureGeneratorFactory.Artifact) m.getArtifact(NameWordsFeatureGeneratorFactory.ARTIFACT)).text(),
                ((NameWordsFeatureGeneratorFactory.Artifact) a).text());
        String[] sentence = {"Im", "Sommer", "will", "Olaf", "Scholz", "nach", "Berlin", "."};
        assertEquals(List.of(new NameFinderME(m).find(sentence)), List.of(new NameFinderME(back).find(sentence)));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
