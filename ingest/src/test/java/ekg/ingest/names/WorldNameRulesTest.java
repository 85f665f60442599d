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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules with first and last names of many countries ({@link NameWords}). */
class WorldNameRulesTest {

    private static NameLists lists() throws IOException {
        NameWords w = new NameWords(Set.of("Claire", "Jewgeni", "Lotus", "David"), Set.of("Sullivan", "Koch", "Hitler"), Set.of("Paris"),
                Set.of("Gerlingen", "Maribor", "Scharnhorst", "Koch"));
        return NameLists.of(new StringReader(""), "test", new StringReader(""), List.of(), w);
    }

    private static List<String> rules(Doc d) throws IOException {
        return shown(new NameRules(lists()).process(d));
    }

    @Test
    void aKnownNameOnItsOwnInsideTheSentenceIsAPerson() throws IOException {
        assertEquals(List.of("Sullivan/PER"), rules(doc("Wir sind Forscher , erzählt Sullivan heute")));
        assertEquals(List.of("Hitler/PER"), rules(doc("Dann verfolgte Hitler die Ziele")));
        assertEquals(List.of("Claire/PER"), rules(doc("später als Claire .")));
    }

    @Test
    void notAfterAnArticleOrAnInflectedWordNorAtTheStart() throws IOException {
        assertTrue(rules(doc("Heute lobt der Koch die Suppe")).isEmpty(), "'der Koch' is a cook");
        assertTrue(rules(doc("sie lobt seinen Koch sehr")).isEmpty(), "after a possessive: a noun");
        assertTrue(rules(doc("Koch kocht")).isEmpty(), "a sentence's first word is capitalised anyway");
        assertTrue(rules(doc("am 3. Koch")).isEmpty(), "after a number or sign, not a name's place");
    }

    @Test
    void aWorldFirstNameOpensAPersonsName() throws IOException {
        assertEquals(List.of("Jewgeni Prigoschin/PER"), rules(doc("sagte Jewgeni Prigoschin heute")));
        Doc typed = withModelMention(doc("sagte Jewgeni Prigoschin heute"), "Jewgeni Prigoschin", EntityType.ORG);
        assertEquals(List.of("Jewgeni Prigoschin/PER"), rules(typed));
    }

    @Test
    void aKnownTownAfterAPrepositionOfPlaceIsAPlace() throws IOException {
        assertEquals(List.of("Gerlingen/LOC"), rules(doc("Er wohnt in Gerlingen .")));
        assertEquals(List.of("Maribor/LOC"), rules(doc("die Fahrt von Maribor nach Graz")));
        assertTrue(rules(doc("Johann David von Scharnhorst war")).stream().noneMatch(m -> m.endsWith("/LOC")),
                "'von' after a name is part of it");
        assertTrue(rules(doc("Er wohnt in der Maribor-Straße")).stream().noneMatch(m -> m.startsWith("Maribor/")));
        assertTrue(rules(doc("ging nach Koch .")).stream().noneMatch(m -> m.endsWith("/LOC")), "a last name is left to the person rules");
    }

    @Test
    void listsKnowWhichWordIsWhich() throws IOException {
        NameLists l = lists();
        assertTrue(l.isGivenName("Jewgeni"));
        assertTrue(l.isLastName("Koch"));
        assertFalse(l.isLastName("Paris"));
    }
}
