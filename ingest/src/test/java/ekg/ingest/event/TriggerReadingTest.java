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
        assertEquals(List.of(), read("Die Mannschaft kann am Samstag den Titel gewinnen."));
        assertEquals(List.of(), read("Das Gericht muss bis Freitag entscheiden."));
        assertEquals(List.of("Attack Angriff"), read("Seit dem Angriff auf das Dorf müssen die Bauern in Zelten schlafen."));
    }

    @Test
    void aPurposeAnOmissionAndWhatIsFearedAreNoEvents() {
        assertEquals(List.of(), read("Um das Gesetz zu verabschieden, braucht das Parlament eine Mehrheit."));
        assertEquals(List.of(), read("Der Schmuggler verschwand, ohne verhaftet zu werden."));
        assertEquals(List.of(), read("Die Opposition warnte vor neuen Angriffen auf die Grenzstadt."));
        assertEquals(List.of(), read("Der Wirt schloss früher, weil er Krawalle befürchtete."));
    }

    @Test
    void aPossibleThingDoubtsOnlyTheNounItStandsBefore() {
        assertEquals(List.of("Meeting Verhandlungen"), read("Die Banken führten Verhandlungen über eine etwaige Fusion."));
        assertEquals(List.of("Other flüchten"), read("Sie wollte so schnell wie möglich flüchten."));
    }

    @Test
    void keinNegatesTheNounItStandsBeforeAndNoNegationCrossesUnd() {
        assertEquals(List.of("Disaster Brand"), read("Bei dem Brand gab es keine schweren Verletzungen."));
        assertEquals(List.of("Injury Beinbruchs"), read("Der Kapitän hatte wegen eines Beinbruchs kein Training bestritten."));
        assertEquals(List.of("Sport belegte"), read("Die Staffel belegte Rang drei und holte keinen Titel."));
    }

    @Test
    void habitsAndReadinessAreNoEvents() {
        assertEquals(List.of(), read("Jeden Montag ziehen Studenten zu einer Kundgebung vor das Rathaus."));
        assertEquals(List.of(), read("Die Gewerkschaft ist zu Verhandlungen bereit."));
        assertEquals(List.of(), read("Im Hafen streiken regelmäßig die Lotsen."));
        assertEquals(List.of(), read("Der Verein verpasste den fünften Sieg nacheinander."));
        assertEquals(List.of(), read("Rauchen ist in Lokalen verboten."));
        assertEquals(List.of("Sanction verboten"), read("Die Partei ist im Mai verboten worden."));
    }

    @Test
    void aContextMayTellThatAVerbNamesNoEvent() {
        assertEquals(List.of(), read("Der Verein führte die Mitgliedsbeiträge an den Verband ab."));
        assertEquals(List.of("Arrest führte"), read("Die Polizei führte den Mann ab."));
        assertEquals(List.of(), read("Der Streit um das Budget hat sich verschärft."));
    }

    @Test
    void phrasesAndInflectedCompoundsTheLexiconLacks() {
        assertEquals(List.of("Disaster Lawine", "Death Opfer"), read("Zwei Bergsteiger fielen der Lawine zum Opfer."));
        assertEquals(List.of("Injury Oberarmknochenbruchs"), read("Der Torwart fehlte wegen eines Oberarmknochenbruchs."));
        assertEquals(List.of("Other Unwetterwarnungen"), read("Für das Tal wurden Unwetterwarnungen ausgegeben."));
        assertEquals(List.of("Attack gelyncht"), read("Ein Händler wurde auf dem Markt gelyncht."));
        assertEquals(List.of(), read("Der Antrag liegt im Sportausschuss."));
    }

    @Test
    void contextsChooseTheType() {
        assertEquals(List.of("Decision gesperrt"), read("Wegen des Schnees wurde die Passstraße gesperrt."));
        assertEquals(List.of("Death verunglückte"), read("Ein Radfahrer verunglückte am Montag tödlich."));
        assertEquals(List.of("Decision Asyl"), read("Der Journalist erhielt in Schweden Asyl."));
        assertEquals(List.of("Decision brachte", "Decision Steuerreform"), read("Die Regierung brachte im März eine Steuerreform auf den Weg."));
    }

    @Test
    void becomingAnOfficeHolderIsTakingUpThePositionButATitleBeforeANameIsNot() {
        Doc d = EventDocs.of("Im Herbst wurde Berger nach langem Zögern Geschäftsführerin. Danach holte sie Lenz als "
                + "Pressesprecher in die Firma.", "2021-05-03").per("Berger").per("Lenz").build();
        assertEquals(List.of("Geschäftsführerin", "holte"), STAGE.process(d).events().stream()
                .filter(e -> e.type().equals("StartPosition")).map(e -> d.cover(e.trigger())).toList());
        Doc title = EventDocs.of("Am Montag wurde Präsident Novak in Graz empfangen.", "2021-05-03").per("Novak").loc("Graz").build();
        assertEquals(List.of("Meeting"), STAGE.process(title).events().stream().map(EventMention::type).toList());
    }

    @Test
    void aQuestionAsksAndAParticipleBeforeItsNounTellsWhatHappened() {
        assertEquals(List.of(), read("Wer soll die Lieferung bezahlen?"));
        assertEquals(List.of("Arrest festgenommenen"), read("Die im Mai festgenommenen Männer könnten bald freikommen."));
        assertEquals(List.of(), read("Die Männer könnten bald festgenommen werden."));
    }

    @Test
    void aSeparableParticleMayCloseItsConjunctBeforeUnd() {
        assertEquals(List.of("Other kehrt"), read("Der Sprinter kehrt auf den Platz zurück und startet im Jänner."));
    }
}
