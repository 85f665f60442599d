package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who takes part: the persons pronouns stand for, clauses read across insertions, places as partners. */
class EventActorsTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.fromFiles(List.of()));

    private static List<EventMention> events(Doc d, String type) {
        return STAGE.process(d).events().stream().filter(e -> e.type().equals(type)).toList();
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
}
