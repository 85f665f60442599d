package ekg.ingest.role;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.RoleFact;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleStageTest {
    static final KnowledgeBase KB = kb();
    static final RoleStage STAGE = new RoleStage(NameLists.builtIn(), KB);

    static KnowledgeBase kb() {
        try {
            return KnowledgeBase.fromFiles(List.of(Path.of(RoleStageTest.class.getResource("/ekg/resolve/test-kb.jsonl").toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sentence of word tokens; each entity is (key, type, form): its mention is the form's first place. */
    static Doc doc(String text, Object... entities) {
        DocBuilder b = DocBuilder.of(text).id("r").entities();
        for (int i = 0; i < entities.length; i += 3) b.entity((String) entities[i], (EntityType) entities[i + 1], (String) entities[i + 2]);
        return b.build();
    }

    static List<String> roles(Doc d) {
        return STAGE.process(d).roles().stream().map(RoleStageTest::show).toList();
    }

    static String show(RoleFact r) {
        return r.personKey() + " " + r.role() + " " + r.orgKey();
    }

    @Test
    void aRoleCompoundNamesTheOrganizationInItsFirstPart() {
        assertEquals(List.of("otto-berger Präsident lindland"), roles(doc("Der Lindland-Präsident Otto Berger kam.",
                "otto-berger", EntityType.PER, "Otto Berger", "lindland", EntityType.LOC, "Lindland")));
    }

    @Test
    void aCountrysGenitiveOrAdjectiveBeforeTheRoleNounNamesTheCountry() {
        assertEquals(List.of("otto-berger Präsident lindland"),
                roles(doc("Lindlands Präsident Otto Berger kam.", "otto-berger", EntityType.PER, "Otto Berger")));
        assertEquals(List.of("otto-berger Präsident lindland"),
                roles(doc("Der lindländische Präsident Otto Berger kam.", "otto-berger", EntityType.PER, "Otto Berger")));
    }

    @Test
    void anAppositionWithAGenitiveNamesTheOrganizationOnEitherSide() {
        assertEquals(List.of("anna-berger Sprecherin lindenrat"),
                roles(doc("Die Sprecherin des Lindenrats, Anna Berger, sagte das.",
                        "anna-berger", EntityType.PER, "Anna Berger", "lindenrat", EntityType.ORG, "Lindenrats")));
        assertEquals(List.of("anna-berger Sprecherin lindenrat"),
                roles(doc("Anna Berger, Sprecherin des Lindenrats, sagte das.",
                        "anna-berger", EntityType.PER, "Anna Berger", "lindenrat", EntityType.ORG, "Lindenrats")));
    }

    @Test
    void aRoleWithoutOrganizationIsKeptAndANameWithoutRoleGivesNone() {
        assertEquals(List.of("otto-berger Präsident null"),
                roles(doc("Präsident Otto Berger kam.", "otto-berger", EntityType.PER, "Otto Berger")));
        assertEquals(List.of(), roles(doc("Gestern kam Otto Berger.", "otto-berger", EntityType.PER, "Otto Berger")));
        assertEquals(List.of(), roles(doc("Gestern kam Herr Berger.", "otto-berger", EntityType.PER, "Berger")),
                "a form of address is no role");
    }

    @Test
    void theLongestOrganizationInTheGenitiveWinsOverANameNestedInIt() {
        Doc d = doc("Der Sprecher des Lindland-Ministeriums, Otto Berger, sagte das.",
                "otto-berger", EntityType.PER, "Otto Berger", "lindland", EntityType.LOC, "Lindland",
                "lindland-ministerium", EntityType.ORG, "Lindland-Ministeriums");
        List<RoleFact> facts = STAGE.process(d).roles();
        assertEquals(List.of("otto-berger Sprecher lindland-ministerium"), facts.stream().map(RoleStageTest::show).toList());
        assertEquals("Sprecher des Lindland-Ministeriums", d.cover(facts.get(0).span()));
    }
}
