package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KbResolverTest {
    static final KnowledgeBase KB = load();

    static KnowledgeBase load() {
        try {
            return KnowledgeBase.fromFiles(List.of(Path.of(KbResolverTest.class.getResource("/ekg/resolve/test-kb.jsonl").toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whitespace/punctuation tokens in one sentence, the given forms as mentions, resolved by both stages. */
    static Doc resolve(String text, String published, Object... formsAndTypes) {
        DocBuilder b = DocBuilder.of(text).id("t").published(published).mentions();
        MentionResolverTest.doc(text, formsAndTypes).mentions().forEach(b::mention);
        Doc d = b.build();
        return new KbResolver(KB).process(new MentionResolver().process(d));
    }

    static Map<String, String> keyByForm(Doc d) {
        return d.entities().stream()
                .flatMap(e -> e.mentions().stream().map(s -> Map.entry(d.cover(s), e.key())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Test
    void spellingVariantsInTheKnowledgeBaseGetItsKeyAndName() {
        Doc d = resolve("Ana Berger kam nach Lindland.", null, "Ana Berger", EntityType.PER, "Lindland", EntityType.LOC);
        Entity berger = d.entities().stream().filter(e -> e.key().equals("anna-berger")).findFirst().orElseThrow();
        assertEquals("Anna Berger", berger.label());
        assertEquals("lindland", keyByForm(d).get("Lindland"));
    }

    @Test
    void aMistypedNameTakesTheTypeOfItsOneKnowledgeBaseEntry() {
        Doc d = resolve("Anna Berger sprach.", null, "Anna Berger", EntityType.LOC);
        assertEquals(EntityType.PER, d.entities().get(0).type());
    }

    @Test
    void aNameOfSeveralEntriesKeepsItsOwnKeyUnlessTheTypeDecides() {
        assertEquals("paul-weiss", resolve("Weiss sprach.", null, "Weiss", EntityType.PER).entities().get(0).key());
        assertEquals("weiss-gmbh", resolve("Weiss wuchs.", null, "Weiss", EntityType.ORG).entities().get(0).key());
        assertEquals("weiss", resolve("Weiss lag.", null, "Weiss", EntityType.OTH).entities().get(0).key(),
                "'Weiss' names a person and a firm, and the type settles neither");
    }

    @Test
    void aPressTitleStandsForItsHolderAtTheArticlesDate() {
        Doc now = resolve("Der Lindenchef reiste ab.", "2024-06-18");
        assertEquals("anna-berger", keyByForm(now).get("Lindenchef"));
        Doc then = resolve("Der Lindenchef reiste ab.", "2015-03");
        assertEquals("otto-berger", keyByForm(then).get("Lindenchef"));
    }

    @Test
    void countryAdjectiveOrGenitiveWithARoleNounStandsForTheHolder() {
        assertEquals("anna-berger", keyByForm(resolve("Der lindländische Präsident kam.", "2024")).get("lindländische Präsident"));
        assertEquals("anna-berger", keyByForm(resolve("Lindlands Präsidenten traf man.", "2024")).get("Lindlands Präsidenten"));
    }

    @Test
    void aRoleNounBeforeAPersonsNameIsLeftToTheName() {
        Doc d = resolve("Der Lindenchef Otto Berger kam.", "2024", "Otto Berger", EntityType.PER);
        assertNull(keyByForm(d).get("Lindenchef"));
        assertEquals("otto-berger", keyByForm(d).get("Otto Berger"));
    }

    @Test
    void aTitleBeforeTheNameOfItsHolderIsAMentionOfThatPerson() {
        Doc d = resolve("Der Lindenchef Anna Berger kam.", "2024", "Anna Berger", EntityType.PER);
        assertEquals("anna-berger", keyByForm(d).get("Lindenchef"));
    }

    @Test
    void aKnownNameOpeningAHyphenatedCompoundIsAMention() {
        Doc d = resolve("Die Lindland-Reise und der LINDLAND-Gipfel und die Berger-Stiftung.", null);
        assertEquals("lindland", keyByForm(d).get("Lindland"));
        assertNull(keyByForm(d).get("LINDLAND"), "only an acronym may differ in case");
        assertNull(keyByForm(d).get("Berger"), "'Berger' alone names no entry");
    }

    @Test
    void aOneLetterSlipInAKnownPersonsFullNameIsThatPerson() {
        assertEquals("anna-berger", resolve("Anna Bergar sprach.", null, "Anna Bergar", EntityType.PER).entities().get(0).key());
        assertEquals("anna-bergar-x", resolve("Anna Bergar-x sprach.", null, "Anna Bergar-x", EntityType.PER)
                .entities().get(0).key(), "two edits away: a different name");
        assertEquals("berga", resolve("Berga sprach.", null, "Berga", EntityType.PER).entities().get(0).key(),
                "a short single name is never corrected");
        assertEquals("anna-bergar", resolve("Anna Bergar lag.", null, "Anna Bergar", EntityType.LOC).entities().get(0).key(),
                "only people's names");
    }

    @Test
    void oneEditMeansOneSubstitutionInsertionDeletionOrSwap() {
        assertTrue(NameVariants.oneEditApart("Kim Yong-il", "Kim Jong-il"));
        assertTrue(NameVariants.oneEditApart("Selenskij", "Selenskyj"));
        assertTrue(NameVariants.oneEditApart("Stoltenberg", "Stoltenbreg"));
        assertTrue(NameVariants.oneEditApart("Jens Stoltenberg", "Jens Stoltenber"));
        assertFalse(NameVariants.oneEditApart("Kim Jong-un", "Kim Jong-il"));
        assertFalse(NameVariants.oneEditApart("Anna Berger", "Anna Berger"));
    }

    @Test
    void noHolderOnTheDateMeansNoMention() {
        Doc d = resolve("Der Lindenchef kam.", "2005");
        assertEquals(List.of(), d.entities());
    }

    @Test
    void aSurnameAloneNeverMakesAPersonAKnownNamesakeWithAnotherGivenName() {
        Doc d = resolve("Klara Weiss kam. Weiss lachte.", null, "Klara Weiss", EntityType.PER, "Weiss", EntityType.PER);
        assertEquals("klara-weiss", keyByForm(d).get("Klara Weiss"));
        assertEquals("klara-weiss", keyByForm(d).get("Weiss"));
    }

    @Test
    void aPartysAliasNamesItOnlyWhereTheArticleNamesTheParty() {
        KbResolver builtIn = new KbResolver(KnowledgeBase.builtIn());
        String text = "Die FPÖ stimmte zu, das Rote Kreuz half. Die Freiheitlichen jubelten, die Roten nicht.";
        DocBuilder b = DocBuilder.of(text).id("p").mentions();
        MentionResolverTest.doc(text, "FPÖ", EntityType.ORG).mentions().forEach(b::mention);
        Doc d = b.build();
        Map<String, String> keys = keyByForm(builtIn.process(new MentionResolver().process(d)));
        assertEquals("fpoe", keys.get("Freiheitlichen"));
        assertFalse(keys.containsKey("Rote"));
        assertFalse(keys.containsKey("Roten"));
    }
}
