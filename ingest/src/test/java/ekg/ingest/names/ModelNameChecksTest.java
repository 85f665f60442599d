package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static ekg.ingest.names.NameDocs.doc;
import static ekg.ingest.names.NameDocs.shown;
import static ekg.ingest.names.NameDocs.withModelMention;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The model's places checked against the German lexicon and the name lists ({@link ModelNameChecks}). */
class ModelNameChecksTest {

    private static List<String> rules(String sentence, String modelName, EntityType type) throws IOException {
        NameWords w = new NameWords(Set.of(), Set.of("Brandauer", "Quast"), Set.of("Ostfriesland"),
                Set.of("Ulm", "Kassel"));
        NameLists lists = NameLists.of(new StringReader(""), "test", new StringReader(""), List.of(), w);
        Doc d = withModelMention(doc(sentence), modelName, type);
        return shown(new NameRules(lists).process(d));
    }

    @Test
    void aPlaceTheLexiconKnowsOnlyAsACommonNounIsNoName() throws IOException {
        assertEquals(List.of(), rules("Die Wiese liegt zwischen Wald und Wasser .", "Wasser", EntityType.LOC));
        assertEquals(List.of("Kassel/LOC"), rules("Die Wiese liegt bei Kassel und Ulm .", "Kassel", EntityType.LOC),
                "a known town stays");
        assertEquals(List.of("Wasser/ORG"), rules("Er arbeitet für Wasser und so .", "Wasser", EntityType.ORG),
                "only places are checked");
    }

    @Test
    void aNameOpenedByAFirstNameOfTheLexiconIsAPerson() throws IOException {
        assertEquals(List.of("Rainer Quast/PER"), rules("Gestern sprach Rainer Quast lange .", "Rainer Quast", EntityType.LOC));
        assertEquals(List.of("Lotta Zwirbel/PER"), rules("Gestern sprach Lotta Zwirbel lange .", "Lotta Zwirbel", EntityType.ORG));
        assertEquals(List.of("Rainer Quast GmbH/ORG"), rules("Sie kaufte Rainer Quast GmbH ganz .", "Rainer Quast GmbH",
                EntityType.ORG), "a legal form closes a company's name");
        assertEquals(List.of("Rainer Quast Gesamtschule/ORG"), rules("Sie besucht die Rainer Quast Gesamtschule .", "Rainer Quast Gesamtschule",
                EntityType.ORG), "a site noun closes the name of a place or building");
        assertEquals(List.of("Brandauer Quast/LOC"), rules("Sie fuhren nach Brandauer Quast zurück .", "Brandauer Quast",
                EntityType.LOC), "surnames alone do not make a place a person");
    }
}
