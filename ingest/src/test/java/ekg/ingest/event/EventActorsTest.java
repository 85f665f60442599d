package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who takes part: the persons pronouns stand for, clauses read across insertions, places as partners,
 * states and teams named without their names, a match's teams, a conjunct's shared subject.
 */
class EventActorsTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.fromFiles(List.of()));
    /** With the built-in knowledge base: its countries' adjectives and capitals. */
    private static final EventStage WITH_KB = new EventStage(KnowledgeBase.builtIn());

    private static List<EventMention> events(Doc d, String type) {
        return events(STAGE, d, type);
    }

    private static List<EventMention> events(EventStage stage, Doc d, String type) {
        return stage.process(d).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aPronounStandsForThePersonNamedBefore() {
        Doc d = EventDocs.of("Der Radprofi Max Alpha ist 30 Jahre alt. Bei der Tour Gamma gewann er 26 Etappen.", null)
                .per("Max Alpha").org("Tour Gamma").build();
        List<String> actors = events(d, "Sport").get(0).actors();
        assertTrue(actors.contains("max-alpha"), actors.toString());
        assertTrue(actors.contains("tour-gamma"), actors.toString());
    }

    @Test
    void aFeminineFormNeedsAWomanTheTextSettles() {
        Doc one = EventDocs.of("Die Trainerin Anna Berg lobte die Elf Delta. Ihr Vertrag mit der Elf Delta wurde verlängert.", null)
                .per("Anna Berg").org("Elf Delta").build();
        assertTrue(events(one, "Agreement").get(0).actors().contains("anna-berg"));
        Doc two = EventDocs.of("Die Elf Delta dankte Anna Berg und Eva Kern. Ihr Vertrag mit der Elf Delta wurde verlängert.", null)
                .per("Anna Berg").per("Eva Kern").org("Elf Delta").build();
        assertEquals(List.of("elf-delta"), events(two, "Agreement").get(0).actors());
    }

    @Test
    void aClauseGoesOnBehindBracketsWhoseNamesAreAppositions() {
        Doc d = EventDocs.of("Die Stiftung Alpha (SA) und der Verein Beta (KB) gaben gestern eine Pressekonferenz.", null)
                .org("Stiftung Alpha").org("SA").org("Verein Beta").org("KB").build();
        List<String> actors = events(d, "PressConference").get(0).actors();
        assertTrue(actors.containsAll(List.of("stiftung-alpha", "verein-beta")), actors.toString());
        assertFalse(actors.contains("kb"), actors.toString());
    }

    @Test
    void aResultInBracketsIsTheMatchWithTheNameBeforeThem() {
        Doc d = EventDocs.of("Der Stürmer spielte zuletzt gegen den FC Nord (Heimsieg) und beim SV Süd (Niederlage).", null)
                .org("FC Nord").org("SV Süd").build();
        EventMention first = events(d, "Sport").stream().filter(e -> d.cover(e.trigger()).equals("Heimsieg")).findFirst().orElseThrow();
        assertEquals(List.of("fc-nord"), first.actors());
    }

    @Test
    void aPlaceIsAPartnerOrRecipient() {
        Doc d = EventDocs.of("Die Firma Alpha hat Granaten an Kanada geliefert.", null).org("Firma Alpha").loc("Kanada").build();
        assertTrue(events(d, "Transfer").get(0).actors().contains("kanada"));
    }

    @Test
    void aCountrysAdjectiveBeforeItsArmyOrItsPeopleIsTheCountry() {
        Doc army = EventDocs.of("Das türkische Militär hat gestern Stellungen an der Grenze angegriffen.", null).build();
        List<EventMention> attacks = events(WITH_KB, army, "Attack");
        assertTrue(attacks.get(0).actors().contains("tuerkei"), attacks.toString());
        Doc border = EventDocs.of("An der türkischen Grenze wurden gestern Stellungen angegriffen.", null).build();
        attacks = events(WITH_KB, border, "Attack");
        assertFalse(attacks.get(0).actors().contains("tuerkei"), attacks.toString());
    }

    @Test
    void theTownsPeopleAreItsTeam() {
        Doc d = EventDocs.of("Der FC Süd spielte gegen den SV Nordheim. Die Nordheimer gewannen das Spiel.", null)
                .org("SV Nordheim").org("FC Süd").build();
        EventMention won = events(d, "Sport").stream().filter(e -> d.cover(e.trigger()).startsWith("gewann")).findFirst().orElseThrow();
        assertTrue(won.actors().contains("sv-nordheim"), won.actors().toString());
    }

    @Test
    void aGoalTakesTheTeamsOfItsMatch() {
        Doc d = EventDocs.of("Der SV Nordheim gewann das Spiel gegen den FC Süd. Den zweiten Treffer erzielte Max Alpha.", null)
                .org("SV Nordheim").org("FC Süd").per("Max Alpha").build();
        EventMention goal = events(d, "Sport").stream().filter(e -> d.cover(e.trigger()).equals("Treffer")).findFirst().orElseThrow();
        assertTrue(goal.actors().containsAll(List.of("sv-nordheim", "fc-süd", "max-alpha")), goal.actors().toString());
    }

    @Test
    void aConjunctWithoutSubjectSharesTheSentences() {
        Doc d = EventDocs.of("Nun hat der Verlag Alpha beschlossen, es zu versuchen, und den Roman Beta herausgebracht.", null)
                .org("Verlag Alpha").org("Roman Beta").build();
        List<String> actors = events(d, "Publication").get(0).actors();
        assertTrue(actors.contains("verlag-alpha"), actors.toString());
    }

    @Test
    void aPassiveAgentAfterATimeIsNoPossessor() {
        Doc d = EventDocs.of("Das Gesetz wurde im Sommer vom Ministerium Alpha beschlossen.", null).org("Ministerium Alpha").build();
        List<String> actors = events(d, "Decision").get(0).actors();
        assertTrue(actors.contains("ministerium-alpha"), actors.toString());
    }

    @Test
    void aCapitalActsForItsCountry() {
        Doc d = EventDocs.of("Ottawa hat Granaten an die Firma Alpha geliefert.", null).loc("Ottawa").org("Firma Alpha").build();
        List<String> actors = events(WITH_KB, d, "Transfer").get(0).actors();
        assertTrue(actors.contains("kanada"), actors.toString());
    }

    @Test
    void aPluralSieIsTheBodyThatWasTheSubjectBefore() {
        Doc d = EventDocs.of("Bei der Firma Beta ist die Garde Alpha tätig. Dort haben sie Stellungen angegriffen.", null)
                .org("Firma Beta").org("Garde Alpha").build();
        List<String> actors = events(d, "Attack").get(0).actors();
        assertTrue(actors.contains("garde-alpha"), actors.toString());
    }
}
