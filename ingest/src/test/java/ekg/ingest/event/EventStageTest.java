package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStageTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.fromFiles(List.of()));

    private static List<EventMention> events(Doc d) {
        return STAGE.process(d).events();
    }

    /** The one event of the type: its first mention, after checking that all its mentions are that event's. */
    private static EventMention only(List<EventMention> events, String type) {
        List<EventMention> of = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, of.stream().map(EventMention::event).distinct().count(), "one " + type + " in " + events);
        return of.get(0);
    }

    @Test
    void visitWithActorPlaceAndTwoDays() {
        Doc d = EventDocs.of("Kanzlerin Merkel ist zu einem zweitägigen Staatsbesuch in Indien eingetroffen.", "2015-10-05")
                .per("Merkel").loc("Indien").build();
        EventMention e = only(events(d), "Visit");
        assertEquals(List.of("merkel"), e.actors());
        assertEquals(List.of("indien"), e.places());
        assertEquals("2015-10-05/2015-10-06", e.time());
        assertEquals("042", e.cameo());
    }

    @Test
    void summitActorFromCompoundAndMonthFromAnchor() {
        Doc d = EventDocs.of("Der Minister sprach über Sicherheit. Beim EU-Gipfel in Brüssel im März soll es um Geld gehen.",
                "2019-02-11").org("EU").loc("Brüssel").build();
        EventMention e = only(events(d), "Summit");
        assertEquals(List.of("eu"), e.actors());
        assertEquals(List.of("brüssel"), e.places());
        assertEquals("2019-03", e.time());
        assertEquals("im März", e.timePhrase());
    }

    @Test
    void datedStayIsAVisitAndTheNextSentenceInheritsItsTime() {
        Doc d = EventDocs.of("Der Regen hielt an. Zuletzt war Macron im Jahr 2018 in Tunesien. Damals traf er Essebsi in Tunis.",
                null).per("Macron").per("Essebsi").loc("Tunesien").loc("Tunis").build();
        List<EventMention> ev = events(d);
        EventMention visit = only(ev, "Visit");
        assertEquals("2018", visit.time());
        assertEquals(List.of("tunesien"), visit.places());
        EventMention meeting = only(ev, "Meeting");
        assertEquals("2018", meeting.time());
        assertTrue(meeting.actors().contains("essebsi"));
    }

    @Test
    void hypotheticalAndNegatedClausesYieldNothing() {
        Doc d = EventDocs.of("Ein Abkommen mit Kanada könnte im Mai unterzeichnet werden. Scholz besuchte Kanada nicht.",
                "2023-04-02").per("Scholz").loc("Kanada").build();
        assertEquals(List.of(), events(d));
    }

    @Test
    void claimedEventsKeepTheirClaimer() {
        Doc d = EventDocs.of("Nach Angaben der Agentur Reuters hat Iran Drohnen an Russland geliefert.", "2022-10-20")
                .org("Reuters").loc("Iran").loc("Russland").build();
        EventMention e = only(events(d), "Transfer");
        assertEquals("072", e.cameo());
        assertEquals("reuters", e.claimedBy());
        assertTrue(e.actors().contains("iran"), e.actors().toString());
    }

    @Test
    void relativeTimeWithoutAnchorKeepsThePhrase() {
        Doc d = EventDocs.of("Im vergangenen Herbst empfing Xi den Präsidenten Lula in Peking.", null)
                .per("Xi").per("Lula").loc("Peking").build();
        EventMention e = only(events(d), "Meeting");
        assertNull(e.time());
        assertEquals("Im vergangenen Herbst", e.timePhrase());
        assertEquals(List.of("peking"), e.places());
    }

    @Test
    void orderedDayAfterAnOrdinalStaysInItsSentence() {
        Doc d = EventDocs.of("Anschließend wird Biden am 9. und 10. Juli Vilnius besuchen.", "2023-07-01")
                .per("Biden").loc("Vilnius").build();
        EventMention e = only(events(d), "Visit");
        assertEquals("2023-07-09/2023-07-10", e.time());
        assertEquals(List.of("vilnius"), e.places());
    }

    @Test
    void anEventNamingNoOneTakesThePreviousSentencesSubject() {
        Doc d = EventDocs.of("Der Baukonzern Alpina hat seine Zahlungen eingestellt. Am Montag meldete er Insolvenz an.", "2021-03-01")
                .org("Alpina").build();
        EventMention e = only(events(d), "Business");
        assertEquals(List.of("alpina"), e.actors());
    }

    @Test
    void aRepeatedNounNamesItsEventAgainInAnotherParagraph() {
        Doc d = EventDocs.of("Das Ministerium Alpha beschloss am Montag eine Reform der Schulen.\n\n"
                + "Der Verband Beta lehnt die Reform ab.", "2021-03-01").org("Alpha").org("Beta").build();
        only(events(d), "Decision");
    }

    @Test
    void aSentenceMayOpenWithItsTriggerAndDeathsArePhrasesToo() {
        Doc d = EventDocs.of("Geboren wurde die Malerin Anna Berg in Graz. Bei dem Unfall kamen zwei Menschen ums Leben.", null)
                .per("Anna Berg").loc("Graz").build();
        List<EventMention> ev = events(d);
        assertEquals(List.of("anna-berg"), only(ev, "Other").actors());
        only(ev, "Death");
    }

    @Test
    void aNounNamingAnEventAgainJoinsItWhoeverItsClauseNames() {
        Doc d = EventDocs.of("Einer Studie der Universität Alpha zufolge schlafen Katzen lange. Die Katzen wurden ein Jahr beobachtet.\n\n"
                + "Der Forscher Karl Beta nennt die Ergebnisse der Studie überraschend.", "2021-03-01")
                .org("Universität Alpha").per("Karl Beta").build();
        only(events(d), "Publication");
    }

    @Test
    void aGoalIsAnEventApartFromItsMatchAndTheDefiniteGoalIsTheLastOne() {
        Doc d = EventDocs.of("Das Heimspiel des FC Alpha gegen den SV Beta war lange offen. Dann fiel ein Treffer durch Max Gamma. "
                + "Der Treffer kam spät.", "2021-03-01").org("FC Alpha").org("SV Beta").per("Max Gamma").build();
        List<EventMention> sport = events(d).stream().filter(e -> e.type().equals("Sport")).toList();
        assertEquals(3, sport.size(), sport.toString());
        assertTrue(sport.get(0).event() != sport.get(1).event(), sport.toString());
        assertEquals(sport.get(1).event(), sport.get(2).event(), sport.toString());
    }

    @Test
    void anAttackNamedWithoutDefiniteArticleIsANewOne() {
        Doc d = EventDocs.of("Unruhe im Norden. Bei einem Angriff auf ein Dorf starben drei Menschen. Bei einem Angriff auf eine "
                + "Schule starb ein Lehrer. Nach dem Angriff schloss die Stadt alle Schulen.", null).build();
        List<EventMention> attacks = events(d).stream().filter(e -> e.type().equals("Attack")).toList();
        assertEquals(3, attacks.size(), attacks.toString());
        assertTrue(attacks.get(0).event() != attacks.get(1).event(), attacks.toString());
        assertEquals(attacks.get(1).event(), attacks.get(2).event(), attacks.toString());
    }
}
