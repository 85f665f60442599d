package ekg.ingest.kb;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Countries by adjective and genitive, over the built-in knowledge base. */
class ModifierFormsTest {
    private static final ModifierForms COUNTRIES = new ModifierForms(KnowledgeBase.builtIn(), e -> "country".equals(e.kind()));

    private static List<String> keys(String word) {
        return COUNTRIES.of(word).stream().map(KbEntry::key).toList();
    }

    @Test
    void inflectedAdjectivesInAnyCaseAndGenitivesAsWritten() {
        for (String w : List.of("russische", "russischen", "Russischer", "russisch", "Russlands")) {
            assertEquals(List.of("russland"), keys(w), w);
        }
        assertEquals(List.of("nordkorea"), keys("Nordkoreas"));
        assertTrue(keys("russischste").isEmpty());
        assertTrue(keys("russlands").isEmpty(), "a genitive is a name: its case counts");
        assertTrue(keys("Präsident").isEmpty());
    }
}
