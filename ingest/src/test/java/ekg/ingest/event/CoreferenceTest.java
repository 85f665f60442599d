package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which mentions of an article the event stage says report one event. */
class CoreferenceTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.fromFiles(List.of()));

    private static List<EventMention> of(Doc d, String type, int mentions) {
        List<EventMention> all = STAGE.process(d).events().stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(mentions, all.size(), all.toString());
        return all;
    }

    @Test
    void aMentionNamingNoOneJoinsTheEventOfItsPlace() {
        Doc d = EventDocs.of("Eine Lage im Wandel. Alte Bande halten. Nun ist er nach Chile gereist.\n\n"
                + "Die Kanzlerin Eva Muster ist zu einem Staatsbesuch in Chile angekommen.", "2021-03-01").per("Eva Muster").loc("Chile").build();
        List<EventMention> visits = of(d, "Visit", 2);
        assertEquals(visits.get(0).event(), visits.get(1).event(), visits.toString());
    }

    @Test
    void attacksInOnePlaceStayApartWhenNoOneIsNamed() {
        Doc d = EventDocs.of("Unruhe im Osten. Alte Bande halten. In Ostdorf wurde ein Haus angegriffen.\n\n"
                + "In Ostdorf wurde eine Schule angegriffen.", "2021-03-01").loc("Ostdorf").build();
        List<EventMention> attacks = of(d, "Attack", 2);
        assertNotEquals(attacks.get(0).event(), attacks.get(1).event(), attacks.toString());
    }

    @Test
    void appointmentsToTwoOfficesAreTwoEvents() {
        Doc d = EventDocs.of("Ein Weg nach oben. Alte Bande halten. Im Jahr davor wurde Eva Muster Bürgermeisterin.\n\n"
                + "Im Jahr darauf wurde Eva Muster Parteisprecherin.", "2021-03-01").per("Eva Muster").build();
        List<EventMention> offices = of(d, "StartPosition", 2);
        assertNotEquals(offices.get(0).event(), offices.get(1).event(), offices.toString());
    }

    @Test
    void theStepsOfAnAffairAreEventsOfTheirOwn() {
        Doc d = EventDocs.of("Ein Fall vor Gericht. Alte Bande halten. Die Behörde ermittelt seit Mai gegen Max Beta.\n\n"
                + "Nun wurde Max Beta angeklagt. Die Anklage wirft Max Beta Betrug vor.", "2021-03-01").per("Max Beta").build();
        List<EventMention> legal = of(d, "Legal", 3);
        assertNotEquals(legal.get(0).event(), legal.get(1).event(), legal.toString());
        assertEquals(legal.get(1).event(), legal.get(2).event(), legal.toString());
    }

    @Test
    void theWordsOfAWarNameOneEvent() {
        Doc d = EventDocs.of("Der Bürgerkrieg in Ostria dauert an. Alte Bande halten. In dem Krieg wurden seit Mai Tausende getötet.\n\n"
                + "Der bewaffnete Konflikt hat die Region im Jahr 2010 geschwächt.", "2021-03-01").loc("Ostria").build();
        List<EventMention> war = of(d, "Attack", 4);
        for (EventMention m : war) assertEquals(war.get(0).event(), m.event(), war.toString());
    }

    @Test
    void aVerbNamesAgainTheEventOfItsNoun() {
        Doc d = EventDocs.of("Neue Lage im Süden. Alte Bande halten. Die Armee Beta hat die Stationierung von Panzern beendet.\n\n"
                + "Im Süden wurden viele Panzer stationiert.", "2021-03-01").org("Armee Beta").build();
        List<EventMention> moves = of(d, "Transfer", 2);
        assertEquals(moves.get(0).event(), moves.get(1).event(), moves.toString());
    }

    @Test
    void aVerbDatedOtherwiseThanTheNounsEventIsAnotherEvent() {
        Doc d = EventDocs.of("Eva Muster auf Reisen. Alte Bande halten. Der Besuch von Eva Muster in Chile begann am Montag.\n\n"
                + "Im Jahr 2000 besuchte Eva Muster Chile schon einmal.", "2021-03-03").per("Eva Muster").loc("Chile").build();
        List<EventMention> visits = of(d, "Visit", 3);
        assertNotEquals(visits.get(1).event(), visits.get(2).event(), visits.toString());
    }

    @Test
    void aDefiniteNounOpeningItsClauseIsNotSetApartByItsObject() {
        Doc d = EventDocs.of("Neue Zahlen zum Handel. Alte Bande halten. Eine Studie der Firma Alpha zeigt steigende Preise.\n\n"
                + "Die Untersuchung lobt die Firma Gamma für ihre Preise.", "2021-03-01").org("Firma Alpha").org("Firma Gamma").build();
        List<EventMention> studies = of(d, "Publication", 2);
        assertEquals(studies.get(0).event(), studies.get(1).event(), studies.toString());
    }

    @Test
    void aRepeatedVerbNamesItsEventAgainUnlessItsTimeDiffers() {
        Doc d = EventDocs.of("Ein Fall vor Gericht. Alte Bande halten. Max Beta wurde im Mai angeklagt.\n\n"
                + "Die Vorwürfe wiegen schwer. Die Behörde hat wegen Betrugs und Untreue angeklagt.\n\n"
                + "Im Jahr 2010 wurde Max Beta schon einmal angeklagt.", "2021-06-01").per("Max Beta").build();
        List<EventMention> charges = of(d, "Legal", 3);
        assertEquals(charges.get(0).event(), charges.get(1).event(), charges.toString());
        assertNotEquals(charges.get(0).event(), charges.get(2).event(), charges.toString());
    }
}
