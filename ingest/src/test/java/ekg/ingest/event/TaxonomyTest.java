package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The taxonomy on news beyond diplomacy: triggers by lemma, compounds, particle verbs, modality, one event per article. */
class TaxonomyTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.fromFiles(List.of()));

    private static List<EventMention> events(Doc d) {
        return STAGE.process(d).events();
    }

    private static List<String> types(Doc d) {
        return events(d).stream().map(EventMention::type).toList();
    }

    private static String trigger(Doc d, EventMention e) {
        return d.cover(e.trigger());
    }

    @Test
    void inflectedNounsAndParticiplesAreTriggers() {
        Doc d = EventDocs.of("Nach der Festnahme zweier Schmuggler wurden drei Beamte verletzt.", "2021-03-04").build();
        assertEquals(List.of("Arrest", "Injury"), types(d));
    }

    @Test
    void aCompoundIsAnEventOfItsHead() {
        Doc d = EventDocs.of("Die Präsidentenwahlen verliefen ruhig. Beim Flugzeugabsturz starben vier Menschen.", "2019-05-02").build();
        List<EventMention> ev = events(d);
        assertEquals(List.of("Präsidentenwahlen", "Flugzeugabsturz", "starben"), ev.stream().map(e -> trigger(d, e)).toList());
        assertEquals(List.of("Election", "Disaster", "Death"), ev.stream().map(EventMention::type).toList());
    }

    @Test
    void aWordWhoseLastPartIsATriggerWordIsNoneWhenItsFirstPartIsNoWord() {
        Doc d = EventDocs.of("Der Senator lobte die Auswahl. Ein Beispiel nannte der Direktor.", "2020-01-01").build();
        assertEquals(List.of(), types(d));
    }

    @Test
    void aSeparableVerbIsReadWithItsParticle() {
        Doc d = EventDocs.of("Die Polizei nahm den Verdächtigen am Bahnhof fest.", "2022-08-09").org("Polizei").build();
        EventMention e = events(d).get(0);
        assertEquals("Arrest", e.type());
        assertEquals("nahm", trigger(d, e));
        assertEquals("173", e.cameo());
    }

    @Test
    void contextChoosesAmongTheTypesOfOneWord() {
        Doc appeal = EventDocs.of("Der Anwalt legte beim Gericht Berufung ein.", "2022-01-10").build();
        assertEquals(List.of("Legal"), types(appeal));
        Doc appointment = EventDocs.of("Ihre Berufung an die Universität Graz freute das Institut.", "2022-01-10").build();
        assertEquals(List.of("StartPosition"), types(appointment));
        Doc source = EventDocs.of("Das meldete die Zeitung unter Berufung auf Ermittler.", "2022-01-10").build();
        assertFalse(types(source).contains("StartPosition"));
    }

    @Test
    void electedToAnOfficeIsTakingItUp() {
        Doc d = EventDocs.of("Huber wurde zum Bürgermeister gewählt.", "2018-04-22").per("Huber").build();
        EventMention e = events(d).get(0);
        assertEquals("StartPosition", e.type());
        assertEquals(List.of("huber"), e.actors());
    }

    @Test
    void negatedHypotheticalAndConditionalMentionsYieldNoEvent() {
        Doc d = EventDocs.of("Der Minister trat nicht zurück. Ein Streik könnte die Häfen lahmlegen. "
                + "Falls die Regierung stürzt, gibt es Neuwahlen.", "2017-06-01").build();
        assertEquals(List.of(), types(d));
    }

    @Test
    void aScheduledEventIsPlanned() {
        Doc d = EventDocs.of("Die Stichwahl soll im Dezember stattfinden. Im Mai fand die erste Abstimmung statt.", "2016-10-03").build();
        List<EventMention> ev = events(d);
        assertEquals(2, ev.size(), ev.toString());
        assertTrue(ev.get(0).planned());
        assertFalse(ev.get(1).planned());
    }

    @Test
    void mentionsOfOneEventShareItsNumberAndAnEarlierDatedOneStaysApart() {
        Doc d = EventDocs.of("Kramer besuchte am Montag Lissabon. Der Besuch dauerte zwei Tage. "
                        + "Zuletzt war Kramer im Jahr 2009 in Lissabon.", "2021-09-15")
                .per("Kramer").loc("Lissabon").build();
        List<EventMention> visits = events(d).stream().filter(e -> e.type().equals("Visit")).toList();
        assertEquals(3, visits.size(), visits.toString());
        assertEquals(visits.get(0).event(), visits.get(1).event());
        assertTrue(visits.get(2).event() != visits.get(0).event());
        assertEquals("2009", visits.get(2).time());
    }

    @Test
    void theLeadRestatesTheHeadlineEvenWithItsDate() {
        Doc d = EventDocs.of("Zwei Bergsteiger abgestürzt. Innsbruck – Am Samstag sind zwei Bergsteiger am Kogel abgestürzt. "
                + "Im Mai war ein Wanderer abgestürzt.", "2021-07-12").build();
        List<EventMention> falls = events(d).stream().filter(e -> e.type().equals("Disaster")).toList();
        assertEquals(3, falls.size(), falls.toString());
        assertEquals(falls.get(0).event(), falls.get(1).event());
        assertTrue(falls.get(2).event() != falls.get(0).event());
    }

    @Test
    void anIndefiniteNounTellsANewEventAndADefiniteOneNamesItAgainWithItsDate() {
        Doc d = EventDocs.of("Der Markt war voll. Bei einem Anschlag in Lagos wurden Händler verletzt. "
                + "Bei einem Anschlag in Kano starben Wachleute. Am Freitag geschah der Anschlag in Kano.", "2022-05-09")
                .loc("Lagos").loc("Kano").build();
        List<EventMention> attacks = events(d).stream().filter(e -> e.type().equals("Attack")).toList();
        assertEquals(3, attacks.size(), attacks.toString());
        assertTrue(attacks.get(0).event() != attacks.get(1).event());
        assertEquals(attacks.get(1).event(), attacks.get(2).event());
    }

    @Test
    void namesOfThePredicateANounDependsOnDoNotSetItsEventApart() {
        Doc d = EventDocs.of("Die Ebene war kalt. Hollweg leitete die Studie über Bienen. Die Firma Apis wandte sich gegen die Studie.",
                "2020-01-20").per("Hollweg").org("Apis").build();
        List<EventMention> studies = events(d).stream().filter(e -> e.type().equals("Publication")).toList();
        assertEquals(2, studies.size(), studies.toString());
        assertEquals(studies.get(0).event(), studies.get(1).event());
    }

    @Test
    void aRelativeClauseTakesTheNameItFollowsAndASilentMentionItsEventsActors() {
        Doc d = EventDocs.of("Der Tag war ruhig. Es sprach Lindqvist, der im Mai eine Firma gegründet hatte. "
                + "Die Gründung war ein Erfolg.", "2019-10-01").per("Lindqvist").build();
        List<EventMention> founded = events(d).stream().filter(e -> e.type().equals("Business")).toList();
        assertEquals(2, founded.size(), founded.toString());
        assertEquals(List.of("lindqvist"), founded.get(0).actors());
        assertEquals(List.of("lindqvist"), founded.get(1).actors());
    }

    @Test
    void aPluralSourceAndAPossessorAreNoActors() {
        Doc d = EventDocs.of("Laut US-Quellen wurde der Bruder von Novak festgenommen.", "2020-02-02")
                .per("US-Quellen").per("Novak").build();
        EventMention e = events(d).get(0);
        assertEquals("Arrest", e.type());
        assertEquals(List.of(), e.actors());
    }
}
