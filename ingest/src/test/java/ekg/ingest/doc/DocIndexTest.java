package ekg.ingest.doc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class DocIndexTest {
    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    // "Anna Roth kam. Sie blieb.\n\nTom Lenz ging."
    private static final String TEXT = "Anna Roth kam. Sie blieb.\n\nTom Lenz ging.";
    private static final Mention ROTH = mention(5, 9, EntityType.PER);
    private static final Mention ANNA_ROTH = mention(0, 9, EntityType.PER);
    private static final Mention TOM_LENZ = mention(27, 35, EntityType.PER);

    private static Mention mention(int b, int e, EntityType t) {
        return new Mention(new Span(b, e), TEXT.substring(b, e), t, "test");
    }

    private static Doc doc() {
        List<Token> tokens = List.of(token(0, 4, 0), token(5, 9, 0), token(10, 13, 0), token(13, 14, 0),
                token(15, 18, 1), token(19, 24, 1), token(24, 25, 1),
                token(27, 30, 3), token(31, 35, 3), token(36, 40, 3), token(40, 41, 3));
        List<Sentence> sentences = List.of(new Sentence(new Span(0, 14)), new Sentence(new Span(15, 25)),
                new Sentence(new Span(25, 25)), new Sentence(new Span(27, 41)));
        Entity anna = new Entity("anna-roth", "Anna Roth", EntityType.PER, List.of(ANNA_ROTH.span()));
        Entity tom = new Entity("tom-lenz", "Tom Lenz", EntityType.PER, List.of(TOM_LENZ.span()));
        return Doc.of("i", TEXT, Metadata.builder("i.txt").build()).withSentences(sentences).withTokens(tokens)
                .withMentions(List.of(TOM_LENZ, ROTH, ANNA_ROTH)).withEntities(List.of(anna, tom));
    }

    private static Token token(int b, int e, int s) {
        return new Token(new Span(b, e), TEXT.substring(b, e), s);
    }

    @Test
    void sentencesAreTokenRangesAndMaySayNothing() {
        DocIndex ix = doc().index();
        assertEquals(4, ix.sentenceCount());
        assertEquals(List.of("Sie", "blieb", "."), ix.tokensOf(1).stream().map(Token::text).toList());
        assertEquals(List.of(), ix.tokensOf(2));
        assertEquals(-1, ix.firstToken(2));
        assertEquals(7, ix.firstToken(3));
        assertEquals(11, ix.endToken(3));
    }

    @Test
    void tokensByOffset() {
        DocIndex ix = doc().index();
        assertEquals(1, ix.firstTokenEndingAfter(6));
        assertEquals(4, ix.firstTokenEndingAfter(14));
        assertEquals(11, ix.firstTokenEndingAfter(41));
        assertEquals(1, ix.tokenStartingAt(5));
        assertEquals(-1, ix.tokenStartingAt(6));
        assertEquals(3, ix.tokenEndingAt(14));
        assertEquals(-1, ix.tokenEndingAt(12));
        assertEquals("anna", ix.lower(0));
    }

    @Test
    void aBlankLineStartsOneParagraph() {
        DocIndex ix = doc().index();
        assertEquals(0, ix.paragraphOf(15));
        assertEquals(1, ix.paragraphOf(27));
        assertEquals(ix.paragraphOf(27), ix.paragraphOf(40));
    }

    @Test
    void mentionsBySpanComeInLayerOrder() {
        DocIndex ix = doc().index();
        assertEquals(List.of(ROTH, ANNA_ROTH), ix.mentionsWithin(new Span(0, 14)));
        assertEquals(List.of(ROTH), ix.mentionsWithin(new Span(4, 12)));
        assertEquals(List.of(TOM_LENZ, ROTH, ANNA_ROTH), ix.mentionsOverlapping(new Span(8, 28)));
        assertEquals(List.of(ROTH, ANNA_ROTH), ix.mentionsOfSentence(0));
        assertEquals(List.of(), ix.mentionsOfSentence(1));
        assertEquals(List.of(TOM_LENZ), ix.mentionsOfSentence(3));
    }

    @Test
    void aMentionAcrossSentencesBelongsToTheFirst() {
        Mention across = mention(10, 18, EntityType.OTH);
        DocIndex ix = doc().withMentions(List.of(across)).index();
        assertEquals(List.of(across), ix.mentionsOfSentence(0));
        assertEquals(List.of(), ix.mentionsOfSentence(1));
    }

    @Test
    void entityMentionsBySpan() {
        DocIndex ix = doc().index();
        assertEquals("anna-roth", ix.entitiesAt(new Span(0, 9)).get(0).key());
        assertEquals(List.of(), ix.entitiesAt(new Span(5, 9)));
        assertEquals("anna-roth", ix.entityMentionsContaining(new Span(5, 9)).get(0).entity().key());
        assertEquals(List.of("anna-roth", "tom-lenz"), ix.entityMentionsOverlapping(new Span(3, 30)).stream()
                .map(m -> m.entity().key()).toList());
        assertEquals(List.of("tom-lenz"), ix.entityMentionsWithin(new Span(20, 41)).stream()
                .map(m -> m.entity().key()).toList());
    }

    @Test
    void aReplacedLayerGetsAFreshIndex() {
        Doc d = doc();
        assertEquals(List.of(ROTH, ANNA_ROTH), d.index().mentionsOfSentence(0));
        Doc fewer = d.withMentions(List.of(TOM_LENZ));
        assertNotSame(d.index(), fewer.index());
        assertEquals(List.of(), fewer.index().mentionsOfSentence(0));
        assertEquals(List.of(ROTH, ANNA_ROTH), d.index().mentionsOfSentence(0));
        assertEquals(List.of("Sie", "blieb", "."), fewer.index().tokensOf(1).stream().map(Token::text).toList());
    }
}
