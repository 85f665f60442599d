package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ekg.ingest.names.NameDocs.doc;
import static ekg.ingest.names.NameDocs.shown;
import static ekg.ingest.names.NameDocs.withModelMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OtherNameRulesTest {
    private static List<String> rules(Doc doc) {
        return shown(new OtherNameRules().process(doc));
    }

    @Test
    void webAndMailAddressesAreOtherNames() {
        assertEquals(List.of("www.yasni.de/OTH", "karten@gmx.de/OTH"),
                rules(doc("mehr auf www.yasni.de oder unter karten@gmx.de .")));
        assertEquals(List.of("stern.de/OTH"), rules(withModelMention(doc("meldete stern.de am"), "stern.de", EntityType.ORG)));
        assertTrue(rules(doc("Das ist z.B. so .")).isEmpty(), "an abbreviation is no address");
    }

    @Test
    void aCuratedAddressKeepsItsType() {
        Doc d = doc("meldete tagesschau.de am");
        Mention kb = new Mention(new Span(8, 21), "tagesschau.de", EntityType.ORG, GazetteerStage.KB);
        assertEquals(List.of("tagesschau.de/ORG"), rules(d.withMentions(List.of(kb))));
    }

    @Test
    void aTitleInQuotationMarksAfterTheNounOfAWorkIsOneName() {
        assertEquals(List.of("My Blueberry Nights/OTH"), rules(doc("im Film \" My Blueberry Nights \" spielt")));
        assertEquals(List.of("Take On Me/OTH"), rules(doc("mit ihrem Debüthit „ Take On Me “ .")));
        Doc inner = withModelMention(doc("das Buch „ Merkel und die Macht “ erschien"), "Merkel", EntityType.PER);
        assertEquals(List.of("Merkel und die Macht/OTH"), rules(inner));
    }

    @Test
    void quotationMarksAfterOtherNounsOrWithoutAnEndAreNoTitle() {
        assertTrue(rules(doc("zum Beispiel „ Freiheit “ .")).isEmpty());
        assertTrue(rules(doc("sagte der Minister „ Wir kommen “")).isEmpty());
        assertTrue(rules(doc("im Film „ Der lange Weg")).isEmpty(), "no closing mark");
    }
}
