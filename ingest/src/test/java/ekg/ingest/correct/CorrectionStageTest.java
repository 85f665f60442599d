package ekg.ingest.correct;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.EventMention;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrectionStageTest {
    private static final String TEXT = "Die Ministerin Weber wurde in Lyon von Bürgermeister Roth empfangen. \"Wir sind Partner\", sagte Roth.\n\n"
            + "Korrektur: In einer früheren Version hieß es, Weber sei von Bürgermeister Roth empfangen worden. "
            + "Richtig ist, dass sie von Bürgermeisterin Klein empfangen wurde.";

    private static Span at(String s, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
        return new Span(i, i + s.length());
    }

    private static Doc doc() {
        List<EventMention> events = List.of(
                new EventMention(at("empfangen", 0), "Meeting", "043", List.of("weber", "roth"), List.of("lyon"), null, null, null),
                new EventMention(at("empfangen", 1), "Meeting", "043", List.of("weber", "roth"), List.of(), null, null, null),
                new EventMention(at("empfangen", 2), "Meeting", "043", List.of("klein"), List.of(), null, null, null));
        List<Quote> quotes = List.of(new Quote(at("Wir sind Partner", 0), "Wir sind Partner", QuoteMode.DIRECT, "sagte",
                at("Roth", 1), "roth"));
        DocBuilder b = DocBuilder.of(TEXT).id("c").tokens(DocBuilder.NONE);
        b.entity("weber", "Weber", EntityType.PER, b.every("Weber")).entity("roth", "Roth", EntityType.PER, b.every("Roth"))
                .entity("klein", "Klein", EntityType.PER, b.every("Klein")).entity("lyon", "Lyon", EntityType.LOC, b.every("Lyon"));
        return b.build().withQuotes(quotes).withEvents(events);
    }

    @Test
    void theNoteYieldsNothingAndTheReplacedNameLeavesTheEvents() {
        Doc d = new CorrectionStage().process(doc());
        assertEquals(1, d.events().size(), d.events().toString());
        assertEquals(List.of("weber"), d.events().get(0).actors());
        assertEquals(List.of("lyon"), d.events().get(0).places());
        assertEquals(1, d.quotes().size());
    }

    @Test
    void namesTheNoteRepeatsStay() {
        Doc d = new CorrectionStage().process(doc());
        assertTrue(d.events().get(0).actors().contains("weber"));
    }

    @Test
    void anArticleWithoutNoteIsUnchanged() {
        Doc d = doc();
        Doc plain = DocBuilder.of("Roth empfing Weber.").id("p").tokens(DocBuilder.NONE).entities().build()
                .withQuotes(List.of()).withEvents(List.of());
        assertEquals(plain, new CorrectionStage().process(plain));
        assertEquals(3, d.events().size());
    }

    @Test
    void editorsNotesAreFound() {
        List<CorrectionNote> notes = CorrectionNote.find("Text.\nAnm. d. Red.: Der Name war falsch. Richtig ist Meier.\nMehr.");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).corrected().length() > 0);
    }
}
