package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EventMention;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which words of a clause are events: what may, must, is feared or is done by habit is none; a word's
 * context may say it names no event; phrases, inflected compounds and contexts choose the type.
 */
class TriggerReadingTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.fromFiles(List.of()));

    private static List<String> read(String text) {
        Doc d = EventDocs.of(text, "2021-05-03").build();
        return STAGE.process(d).events().stream().map(e -> e.type() + " " + d.cover(e.trigger())).toList();
    }

    @Test
    void whatMayOrMustHappenIsNoEventButWhatHappenedBeforeAModalIs() {
        assertEquals(List.of(), read("Der junge Stürmer kann Tore schießen."));
        assertEquals(List.of(), read("Der Gemeinderat müsse sich bald entscheiden."));
        assertEquals(List.of("Attack Angriff"), read("Seit dem Angriff auf das Dorf müssen die Bauern in Zelten schlafen."));
    }

    @Test
    void aPurposeAnOmissionAndWhatIsFearedAreNoEvents() {
        assertEquals(List.of(), read("Um einen Antrag einzubringen, braucht eine Fraktion drei Abgeordnete."));
        assertEquals(List.of(), read("Der Sänger verließ das Land, ohne festgenommen zu werden."));
        assertEquals(List.of(), read("Der Altpräsident warnte vor einem Bürgerkrieg."));
        assertEquals(List.of(), read("Der Bürgermeister sagte das Fest ab, da er Unruhen befürchtete."));
    }

    @Test
    void aPossibleThingDoubtsOnlyTheNounItStandsBefore() {
        assertEquals(List.of("Meeting Gespräche"), read("Die Minister führten Gespräche über eine mögliche Waffenlieferung."));
        assertEquals(List.of("Other fliehen"), read("Im Winter versuchte er so bald wie möglich zu fliehen."));
    }

    @Test
    void keinNegatesTheNounItStandsBeforeAndNoNegationCrossesUnd() {
        assertEquals(List.of("Disaster Brand"), read("Bei dem Brand gab es keine schweren Verletzungen."));
        assertEquals(List.of("Injury Beinbruchs"), read("Der Kapitän hatte wegen eines Beinbruchs kein Training bestritten."));
        assertEquals(List.of("Sport belegt"), read("Der Läufer hatte Platz vier belegt und keine Medaille gewonnen."));
    }

    @Test
    void habitsAndReadinessAreNoEvents() {
        assertEquals(List.of(), read("Jeden Freitag rufen die Gewerkschaften zu Protesten auf."));
        assertEquals(List.of(), read("Die Regierung sei zu Gesprächen bereit."));
        assertEquals(List.of(), read("Im Hafen kommt es regelmäßig zu Zusammenstößen."));
    }

    @Test
    void aContextMayTellThatAVerbNamesNoEvent() {
        assertEquals(List.of(), read("Die Firma führte zehn Millionen Euro Steuern ab."));
        assertEquals(List.of("Arrest führte"), read("Die Polizei führte den Mann ab."));
        assertEquals(List.of(), read("Die Lage hat sich verschärft."));
    }

    @Test
    void phrasesAndInflectedCompoundsTheLexiconLacks() {
        assertEquals(List.of("Attack Anschlag", "Death Opfer"), read("Drei Wachleute fielen dem Anschlag zum Opfer."));
        assertEquals(List.of("Injury Mittelfußknochenbruchs"), read("Der Kapitän fehlte wegen eines Mittelfußknochenbruchs."));
        assertEquals(List.of("Other Flutwarnungen"), read("Für die Küste wurden Flutwarnungen ausgegeben."));
    }

    @Test
    void contextsChooseTheType() {
        assertEquals(List.of("Decision gesperrt"), read("Die Autobahn wurde gesperrt."));
        assertEquals(List.of("Death verunglückte"), read("Ein Radfahrer verunglückte am Montag tödlich."));
        assertEquals(List.of("Decision Asyl"), read("Das Mädchen bekam im Jänner Asyl."));
        assertEquals(List.of("Decision gebrachte"), read("Die Abgeordneten lobten das im Mai auf den Weg gebrachte Gesetz."));
    }

    @Test
    void becomingAnOfficeHolderIsTakingUpThePositionButATitleBeforeANameIsNot() {
        Doc d = EventDocs.of("2019 wurde Berger mit 40 Jahren überraschend Geschäftsführerin. Danach holte sie Lenz als "
                + "Pressesprecher in die Firma.", "2021-05-03").per("Berger").per("Lenz").build();
        assertEquals(List.of("Geschäftsführerin", "holte"), STAGE.process(d).events().stream()
                .filter(e -> e.type().equals("StartPosition")).map(e -> d.cover(e.trigger())).toList());
        Doc title = EventDocs.of("Am Montag wurde Präsident Novak in Graz empfangen.", "2021-05-03").per("Novak").loc("Graz").build();
        assertEquals(List.of("Meeting"), STAGE.process(title).events().stream().map(EventMention::type).toList());
    }
}
