package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionResolverTest {

    /** Builds a doc whose mentions are the given forms, found in the text in order. */
    static Doc doc(String text, Object... formsAndTypes) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < formsAndTypes.length; i += 2) {
            String form = (String) formsAndTypes[i];
            int b = text.indexOf(form, from);
            mentions.add(new Mention(new Span(b, b + form.length()), form, (EntityType) formsAndTypes[i + 1], "test"));
            from = b + form.length();
        }
        DocBuilder b = DocBuilder.of(text).id("d").mentions();
        mentions.forEach(b::mention);
        return b.build();
    }

    static Map<String, String> keyOfEachMention(Doc doc) {
        Doc done = new MentionResolver().process(doc);
        return done.entities().stream()
                .flatMap(e -> e.mentions().stream().map(s -> Map.entry(done.cover(s), e.key())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Test
    void surnamesAndGenitivesJoinTheFullNameMetInTheArticle() {
        Doc d = doc("Ministerin Anna Berger kam. Bergers Plan: Berger sprach in Leipzig. Leipzigs Rat schwieg.",
                "Anna Berger", EntityType.PER, "Bergers", EntityType.PER, "Berger", EntityType.PER,
                "Leipzig", EntityType.LOC, "Leipzigs", EntityType.LOC);
        Map<String, String> keys = keyOfEachMention(d);
        assertEquals("anna-berger", keys.get("Berger"));
        assertEquals("anna-berger", keys.get("Bergers"));
        assertEquals("leipzig", keys.get("Leipzigs"));
    }

    @Test
    void aSurnameShortFormBeforeTheFullNameStillJoinsIt() {
        Doc d = doc("Berger kam spät. Später sprach Anna Berger.", "Berger", EntityType.PER, "Anna Berger", EntityType.PER);
        assertEquals("anna-berger", keyOfEachMention(d).get("Berger"));
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysApart() {
        Doc d = doc("Anna Berger und Paul Berger kamen. Berger sprach.",
                "Anna Berger", EntityType.PER, "Paul Berger", EntityType.PER, "Berger", EntityType.PER);
        Map<String, String> keys = keyOfEachMention(d);
        assertEquals("berger", keys.get("Berger"));
        assertEquals("anna-berger", keys.get("Anna Berger"));
        assertEquals("paul-berger", keys.get("Paul Berger"));
    }

    @Test
    void aPlaceNeverJoinsAPersonOfTheSameName() {
        Doc d = doc("Paul Washington reiste nach Washington.", "Paul Washington", EntityType.PER,
                "Washington", EntityType.LOC);
        Map<String, String> keys = keyOfEachMention(d);
        assertEquals("washington", keys.get("Washington"));
    }

    @Test
    void everyMentionBelongsToExactlyOneEntityLabelledWithItsLongestForm() {
        Doc d = doc("Anna Berger kam. Berger ging.", "Anna Berger", EntityType.PER, "Berger", EntityType.PER);
        List<Entity> entities = new MentionResolver().process(d).entities();
        assertEquals(1, entities.size());
        assertEquals("Anna Berger", entities.get(0).label());
        assertEquals(2, entities.get(0).mentions().size());
    }

    @Test
    void slugsAreReadableAscii() {
        assertEquals("pjoengjang", Slug.of("Pjöngjang"));
        assertEquals("weisses-haus", Slug.of("Weißes Haus"));
        assertEquals("kim-jong-un", Slug.of("Kim Jong-un"));
        assertEquals("nato", Slug.of("NATO"));
        assertEquals("die-linke", Slug.of(" „Die  Linke“ "));
        assertEquals("a-b", Slug.of("--A / B--"));
        assertEquals("", Slug.of("„“"));
    }

    @Test
    void aNameIsNeverJoinedToAnotherThatMerelyContainsIt() {
        Doc d = doc("Das Land Salzburg zahlt, die Stadt Salzburg nicht. Maria Brunner und ihr Sohn Jakob Maria Brunner.",
                "Land Salzburg", EntityType.LOC, "Salzburg", EntityType.LOC, "Maria Brunner", EntityType.PER,
                "Jakob Maria Brunner", EntityType.PER);
        Map<String, String> keys = keyOfEachMention(d);
        assertEquals("salzburg", keys.get("Salzburg"));
        assertEquals("land-salzburg", keys.get("Land Salzburg"));
        assertEquals("maria-brunner", keys.get("Maria Brunner"));
        assertEquals("jakob-maria-brunner", keys.get("Jakob Maria Brunner"));
    }

    @Test
    void lettersAsciiLacksAreTransliteratedInKeys() {
        assertEquals("zdzislaw-keslowski", Slug.of("Zdzisław Kęsłowski"));
        assertEquals("soren-kierkegaard", Slug.of("Søren Kierkegaard"));
        assertEquals("aero", Slug.of("Ærø"));
        assertEquals("dokic", Slug.of("Đokić"));
        assertEquals("weisses-haus", Slug.of("Weißes Haus"));
        assertEquals("Keslowski", Letters.fold("Kęsłowski"));
    }
}
