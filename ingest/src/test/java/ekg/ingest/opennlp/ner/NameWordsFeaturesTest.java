package ekg.ingest.opennlp.ner;

import ekg.ingest.names.NameWords;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name-words feature the default model reads at run time. */
class NameWordsFeaturesTest {

    @Test
    void featuresNameTheClassesAlsoOfAGenitive() {
        NameWords w = new NameWords(Set.of("Olaf"), Set.of("Scholz"), Set.of("London"));
        List<String> f = new ArrayList<>();
        NameWordsFeatureGeneratorFactory.features(w, "Scholz", f);
        NameWordsFeatureGeneratorFactory.features(w, "Londons", f);
        NameWordsFeatureGeneratorFactory.features(w, "Haus", f);
        assertEquals(List.of("nw=last", "nw=place-gen"), f);
    }
}
