package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static ekg.ingest.names.NameDocs.doc;
import static ekg.ingest.names.NameDocs.lists;
import static ekg.ingest.names.NameDocs.shown;
import static ekg.ingest.names.NameDocs.withModelMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazetteer's merge policy and the German name rules, on hand-built documents. */
class NameStagesTest {

    private static Doc gazetteer(NameLists lists, Doc doc) {
        return new GazetteerStage(lists).process(doc);
    }

    private static Doc rules(NameLists lists, Doc doc) {
        return new NameRules(lists).process(doc);
    }

    @Test
    void aMultiWordListedNameReplacesTheModelsShorterSpan() throws IOException {
        NameLists l = lists("Deutsche Bank\tORG\n");
        Doc d = withModelMention(doc("Die Deutsche Bank meldet Gewinne"), "Bank", EntityType.LOC);
        assertEquals(List.of("Deutsche Bank/ORG"), shown(gazetteer(l, d)));
    }

    @Test
    void aLongerModelSpanKeepsAListedNameInside() throws IOException {
        NameLists l = lists("Hamburg\tLOC\n");
        Doc d = withModelMention(doc("Die Universität Hamburg lehrt"), "Universität Hamburg", EntityType.ORG);
        assertEquals(List.of("Universität Hamburg/ORG"), shown(gazetteer(l, d)));
    }

    @Test
    void aOneWordListedNameFillsGapsButDoesNotRetypeTheModel() throws IOException {
        NameLists l = lists("Berlin\tLOC\nSiemens\tORG\n");
        Doc d = withModelMention(doc("Siemens baut in Berlin"), "Siemens", EntityType.LOC);
        assertEquals(List.of("Siemens/LOC", "Berlin/LOC"), shown(gazetteer(l, d)));
    }

    @Test
    void noOverlapsOrDuplicatesRemain() throws IOException {
        NameLists l = lists("Jens Stoltenberg\tPER\nStoltenberg\tPER\n");
        Doc d = withModelMention(doc("Jens Stoltenberg und Stoltenberg"), "Stoltenberg", EntityType.PER);
        List<Mention> m = gazetteer(l, d).mentions();
        assertEquals(List.of("Jens Stoltenberg/PER", "Stoltenberg/PER"), shown(gazetteer(l, d)));
        assertTrue(!m.get(0).span().overlaps(m.get(1).span()));
    }

    @Test
    void aNameAfterARoleNounIsAPerson() throws IOException {
        NameLists l = lists("");
        assertEquals(List.of("Karine Jean-Pierre/PER"), shown(rules(l, doc("sagte Sprecherin Karine Jean-Pierre am Montag"))));
        Doc typed = withModelMention(doc("US-Präsident Biden reiste"), "Biden", EntityType.LOC);
        assertEquals(List.of("Biden/PER"), shown(rules(l, typed)));
        assertTrue(shown(rules(l, doc("der Präsident sagte"))).isEmpty());
    }

    @Test
    void occupationsAndRanksBeforeANameMarkAPersonButKinDoNot() throws IOException {
        NameLists l = lists("");
        assertEquals(List.of("Igor Levit/PER"), shown(rules(l, doc("spielte der Pianist Igor Levit am Abend"))));
        Doc typed = withModelMention(doc("meldete Oberst Klein dem Stab"), "Klein", EntityType.LOC);
        assertEquals(List.of("Klein/PER"), shown(rules(l, typed)));
        assertTrue(shown(rules(l, doc("kam die Tochter Malia mit"))).isEmpty());
        assertEquals(List.of("Krugman/PER"), shown(rules(l, doc("Hat Mr. Krugman vergessen"))));
        assertEquals(List.of("Pankratius/PER"), shown(rules(l, doc("Statue des Heiligen Pankratius aus"))));
    }

    @Test
    void aModelNameThatEndsInAPersonsNameIsThatPersons() throws IOException {
        NameLists l = lists("", "Eugen");
        Doc given = withModelMention(doc("lanciert CVP-Ständerat Eugen David die Debatte"), "CVP-Ständerat Eugen David",
                EntityType.ORG);
        assertEquals(List.of("Eugen David/PER"), shown(rules(l, given)));
        Doc role = withModelMention(doc("Hat Mr. Krugman vergessen"), "Hat Mr. Krugman", EntityType.ORG);
        assertEquals(List.of("Krugman/PER"), shown(rules(l, role)));
        Doc firm = withModelMention(doc("bei der Eugen Müller GmbH arbeiten"), "Eugen Müller GmbH", EntityType.ORG);
        assertEquals(List.of("Eugen Müller GmbH/ORG"), shown(rules(l, firm)), "a name that goes on is not cut");
    }

    @Test
    void aPersonsNameEndsWithAGenitiveNameAndNeverWithARoleNoun() throws IOException {
        NameLists l = NameLists.of(new java.io.StringReader(""), "test", new java.io.StringReader("Stanley"), List.of(),
                new NameWords(java.util.Set.of(), java.util.Set.of("Hitler"), java.util.Set.of()));
        Doc genitive = withModelMention(doc("als Hitlers Vizekanzler amtierte"), "Hitlers Vizekanzler", EntityType.PER);
        assertEquals(List.of("Hitlers/PER"), shown(rules(l, genitive)));
        Doc given = withModelMention(doc("Stanleys Geburtsdatum ist"), "Stanleys Geburtsdatum", EntityType.PER);
        assertEquals(List.of("Stanleys/PER"), shown(rules(l, given)));
        Doc role = withModelMention(doc("sagte Zapotockys Kollege ."), "Zapotockys Kollege", EntityType.PER);
        assertEquals(List.of("Zapotockys/PER"), shown(rules(l, role)));
        Doc whole = withModelMention(doc("als Jens Stoltenberg kam"), "Jens Stoltenberg", EntityType.PER);
        assertEquals(List.of("Jens Stoltenberg/PER"), shown(rules(l, whole)));
    }

    @Test
    void aGenericNounBeforeANameIsCutOffAndTheTypeKept() throws IOException {
        NameLists l = lists("");
        Doc firm = withModelMention(doc("verklagte die Firma Grünenthal am Montag"), "Firma Grünenthal", EntityType.ORG);
        assertEquals(List.of("Grünenthal/ORG"), shown(rules(l, firm)));
        Doc city = withModelMention(doc("lebte in der Residenzstadt Mannheim"), "Residenzstadt Mannheim", EntityType.LOC);
        assertEquals(List.of("Mannheim/LOC"), shown(rules(l, city)));
        Doc alone = withModelMention(doc("Die Band spielte"), "Band", EntityType.ORG);
        assertEquals(List.of("Band/ORG"), shown(rules(l, alone)));
    }

    @Test
    void aNameBeforeAnAppositionWithARoleNounIsAPerson() throws IOException {
        Doc d = doc("sagte Pat Ryder , Sprecher des Pentagons");
        assertEquals(List.of("Pat Ryder/PER"), shown(rules(lists(""), d)));
    }

    @Test
    void theSpeakerAfterAVerbOfSayingIsAPerson() throws IOException {
        NameLists l = lists("");
        assertEquals(List.of("Rüttgers/PER"), shown(rules(l, doc("„ Wir bleiben “ , sagte Rüttgers ."))));
        assertEquals(List.of("Ketterer/PER"), shown(rules(l, doc("sei zu spät , so Ketterer am Montag"))));
        assertTrue(shown(rules(l, doc("sei zu spät , so Experten ."))).isEmpty(), "a group of people is no name");
        assertTrue(shown(rules(l, doc("Der Bericht sagte Unruhen voraus"))).isEmpty(), "no quotation before the verb");
        assertTrue(shown(rules(l, doc("„ Nein “ , sagte Hans Peter Müller Lüdenscheidt heute"))).isEmpty(),
                "a run whose end is unclear is left alone");
    }

    @Test
    void anAcronymInBracketsAfterAnOrganizationIsItsShortName() throws IOException {
        NameLists l = lists("");
        Doc org = withModelMention(doc("Der Bundesverband deutscher Banken ( BdB ) warnt"), "Bundesverband deutscher Banken",
                EntityType.ORG);
        assertEquals(List.of("Bundesverband deutscher Banken/ORG", "BdB/ORG"), shown(rules(l, org)));
        Doc typed = withModelMention(org, "BdB", EntityType.LOC);
        assertEquals(List.of("Bundesverband deutscher Banken/ORG", "BdB/ORG"), shown(rules(l, typed)));
        assertTrue(shown(rules(l, doc("weniger Fluorchlorkohlenwasserstoffe ( FCKW ) in"))).isEmpty(), "no name before it");
        Doc person = withModelMention(doc("sagte Herbert Schmalstieg ( SPD ) ."), "Herbert Schmalstieg", EntityType.PER);
        assertEquals(List.of("Herbert Schmalstieg/PER"), shown(rules(l, person)), "a person's bracket is no short name");
    }

    @Test
    void streetAndSquareCompoundsArePlaces() throws IOException {
        NameLists l = lists("");
        assertEquals(List.of("Kim-Il-Sung-Platz/LOC"), shown(rules(l, doc("auf dem Kim-Il-Sung-Platz in"))));
        Doc typed = withModelMention(doc("in der Friedrichstraße wohnt"), "Friedrichstraße", EntityType.PER);
        assertEquals(List.of("Friedrichstraße/LOC"), shown(rules(l, typed)));
        assertTrue(shown(rules(l, doc("auf dem Marktplatz"))).isEmpty(), "a common noun is no name");
    }

    @Test
    void aGivenNameExtendsAPersonsName() throws IOException {
        NameLists l = lists("", "Jens", "Adrian");
        Doc left = withModelMention(doc("sagte Jens Stoltenberg heute"), "Stoltenberg", EntityType.PER);
        assertEquals(List.of("Jens Stoltenberg/PER"), shown(rules(l, left)));
        Doc right = withModelMention(doc("sagte Jens Stoltenberg heute"), "Jens", EntityType.PER);
        assertEquals(List.of("Jens Stoltenberg/PER"), shown(rules(l, right)));
        Doc typed = withModelMention(doc("Tor von Adrian Grygiel ."), "Adrian Grygiel", EntityType.LOC);
        assertEquals(List.of("Adrian Grygiel/PER"), shown(rules(l, typed)));
    }

    @Test
    void aCuratedNameWinsOverALongerModelSpanUnlessAnOrganizationHoldsIt() throws IOException {
        NameLists l = kb(new String[][] {{"Wladimir Putin", "PER", "Putin"}, {"Pjöngjang", "LOC"}, {"Hamburg", "LOC"}});
        Doc runOn = withModelMention(doc("als Putin Kim traf"), "Putin Kim", EntityType.PER);
        assertEquals(List.of("Putin/PER"), shown(gazetteer(l, runOn)));
        Doc genitive = withModelMention(doc("im Zentrum Pjöngjangs ."), "Zentrum Pjöngjangs", EntityType.ORG);
        assertEquals(List.of("Pjöngjangs/LOC"), shown(gazetteer(l, genitive)));
        Doc org = withModelMention(doc("die Universität Hamburg lehrt"), "Universität Hamburg", EntityType.ORG);
        assertEquals(List.of("Universität Hamburg/ORG"), shown(gazetteer(l, org)));
    }

    @Test
    void aCuratedAcronymAlsoMatchesAsTheGermanPressWritesIt() throws IOException {
        NameLists l = kb(new String[][] {{"NATO", "ORG"}});
        assertEquals(List.of("Nato/ORG"), shown(gazetteer(l, doc("Auch die Nato zeigt sich"))));
        assertTrue(shown(gazetteer(l, doc("Auch die nato"))).isEmpty());
    }

    /** Lists holding only curated entries: {name, type, aliases...}. */
    private static NameLists kb(String[][] entries) throws IOException {
        List<ekg.ingest.kb.KbEntry> kb = new java.util.ArrayList<>();
        for (String[] e : entries) {
            String json = "{\"key\":\"k" + kb.size() + "\",\"type\":\"" + e[1] + "\",\"name\":\"" + e[0]
                    + "\",\"aliases\":[" + (e.length > 2 ? "\"" + e[2] + "\"" : "") + "]}";
            kb.add(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, ekg.ingest.kb.KbEntry.class));
        }
        return NameLists.of(new java.io.StringReader(""), "test", new java.io.StringReader(""), kb);
    }

    @Test
    void theKnowledgeBasesTypeIsNotOverruled() throws IOException {
        Doc d = doc("Präsident Frankreich");
        Mention kb = new Mention(new ekg.ingest.doc.Span(10, 20), "Frankreich", EntityType.LOC, GazetteerStage.KB);
        assertEquals(List.of("Frankreich/LOC"), shown(rules(lists(""), d.withMentions(List.of(kb)))));
    }
}
