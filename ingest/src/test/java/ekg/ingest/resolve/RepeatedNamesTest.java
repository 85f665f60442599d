package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.EntityType;
import ekg.ingest.names.NameLists;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatedNamesTest {
    static final RepeatedNames STAGE = new RepeatedNames(NameLists.builtIn());

    /** Word tokens, a new sentence after each full stop; the mentions are the given forms' first places. */
    static Doc doc(String text, Object... formsAndTypes) {
        DocBuilder b = DocBuilder.of(text).id("n").tokens(Pattern.compile("[\\p{L}\\p{N}/'’-]+|\\S"))
                .sentences(DocBuilder.FULL_STOP).mentions();
        for (int i = 0; i < formsAndTypes.length; i += 2) b.mention((String) formsAndTypes[i], (EntityType) formsAndTypes[i + 1]);
        return b.build();
    }

    static List<String> found(Doc d) {
        return STAGE.process(d).mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    /** Each mention's text with the key of the entity it joins. */
    static Map<String, String> keys(Doc d) {
        Doc done = new MentionResolver().process(STAGE.process(d));
        return done.entities().stream()
                .flatMap(e -> e.mentions().stream().map(s -> Map.entry(done.cover(s), e.key())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Test
    void laterSurnamesGenitivesAndGivenNamesOfAPersonAreMentions() {
        Doc d = doc("Die Architektin Hanna Brückner plant in Graz. Brückners Entwurf gefällt. Dann sprach Brückner. Hanna lachte.",
                "Hanna Brückner", EntityType.PER, "Graz", EntityType.LOC);
        assertEquals(List.of("Hanna Brückner/PER", "Graz/LOC", "Brückners/PER", "Brückner/PER", "Hanna/PER"), found(d));
        Map<String, String> keys = keys(d);
        assertEquals("hanna-brueckner", keys.get("Brückners"));
        assertEquals("hanna-brueckner", keys.get("Hanna"));
    }

    @Test
    void aSurnameWithParticlesIsFoundAlsoAtTheStartOfASentence() {
        Doc d = doc("Kommissionschefin Ursula von der Leyen reiste ab. Von der Leyen sprach, und von der Leyen ging.",
                "Ursula von der Leyen", EntityType.PER);
        assertEquals(List.of("Ursula von der Leyen/PER", "Von der Leyen/PER", "von der Leyen/PER"), found(d));
        assertEquals("ursula-von-der-leyen", keys(d).get("Von der Leyen"));
    }

    @Test
    void aNameWithoutItsDiacriticsIsTheSameName() {
        Doc d = doc("Der Schriftsteller Tomasz Wójcik las. Danach las Wojcik noch einmal.", "Tomasz Wójcik", EntityType.PER);
        assertEquals("tomasz-wojcik", keys(d).get("Wojcik"));
    }

    @Test
    void aSurnameThatIsAlsoANounIsNoNameAfterAnArticle() {
        Doc d = doc("Der Bäcker Jonas Koch kam. Der Koch des Hotels blieb. Koch schwieg.", "Jonas Koch", EntityType.PER);
        assertEquals(List.of("Jonas Koch/PER", "Koch/PER"), found(d));
        assertEquals(d.text().lastIndexOf("Koch"), STAGE.process(d).mentions().get(1).span().begin());
    }

    @Test
    void aModelsSingleCommonNounIsNotSpread() {
        Doc d = doc("Die Sonne schien. Die Sonne ging unter.", "Sonne", EntityType.LOC);
        assertEquals(List.of("Sonne/LOC"), found(d));
    }

    @Test
    void aShortNameInBracketsAndTheFullNameItsInitialsSpellAreOneOrganization() {
        Doc d = doc("Der Verband für Fahrradsicherheit (VFS) und die Stadt warnen. Der VFS fordert Helme.");
        assertTrue(found(d).containsAll(List.of("Verband für Fahrradsicherheit/ORG", "VFS/ORG")));
        Map<String, String> keys = keys(d);
        assertEquals("verband-fuer-fahrradsicherheit", keys.get("VFS"));
    }

    @Test
    void theShortNameOfACommonNounIsNoOrganization() {
        Doc d = doc("Das Bruttoinlandsprodukt (BIP) wuchs.");
        assertEquals(List.of(), found(d));
    }

    @Test
    void namesJoinedByAHyphenOrASlashAreSeveralNames() {
        Doc d = doc("Die Strecke Wien-Moskau ist lang. Berlin/Paris – Die Minister tagten. Die Ukraine-Krise dauert.",
                "Wien-Moskau", EntityType.LOC, "Berlin/Paris", EntityType.LOC);
        List<String> f = found(d);
        assertTrue(f.containsAll(List.of("Wien/LOC", "Moskau/LOC", "Berlin/LOC", "Paris/LOC")), f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Ukraine")), f.toString());
    }

    @Test
    void twoPeopleWithOneGivenNameKeepItApartAndEachTheirSurname() {
        Doc d = doc("Peter Lindner und Peter Oswald stritten. Lindner widersprach. Peter schwieg.",
                "Peter Lindner", EntityType.PER, "Peter Oswald", EntityType.PER);
        Map<String, String> keys = keys(d);
        assertEquals("peter-lindner", keys.get("Lindner"));
        assertEquals("peter", keys.get("Peter"));
    }

    @Test
    void aDatelineOfTwoKnownPlacesIsTwoPlaces() {
        Doc d = doc("Berlin/Paris – Die Minister tagten.");
        List<String> f = found(d);
        assertTrue(f.containsAll(List.of("Berlin/LOC", "Paris/LOC")), f.toString());
    }

    @Test
    void aNameEndingInAGivenNameRunsOnIntoTheNameAfterIt() {
        Doc d = doc("Ihr Sohn Anna Luise Brandauer da Costa kam.", "Anna Luise", EntityType.PER, "Brandauer da Costa", EntityType.PER);
        assertEquals(List.of("Anna Luise Brandauer da Costa/PER"), found(d));
    }

    @Test
    void twoSurnamesOfTwoPeopleSideBySideAreTwoNames() {
        Doc d = doc("Jonas Hartl und Eva Brandner stritten. Damals warf Moritz Hartl Brandner Verrat vor.",
                "Jonas Hartl", EntityType.PER, "Eva Brandner", EntityType.PER, "Hartl Brandner", EntityType.PER);
        List<String> f = found(d);
        assertTrue(f.containsAll(List.of("Moritz Hartl/PER", "Brandner/PER")), f.toString());
        Map<String, String> keys = keys(d);
        assertEquals("moritz-hartl", keys.get("Moritz Hartl"));
        assertEquals("eva-brandner", keys.get("Brandner"));
    }

    @Test
    void aSurnameAfterAFullNameInTheGenitiveIsTheSamePerson() {
        Doc d = doc("Nach Clara Vogels Rede sprach Vogel erneut.", "Clara Vogels", EntityType.PER);
        assertEquals("clara-vogels", keys(d).get("Vogel"));
    }

    @Test
    void aNameAfterANounForAKindOfOrganizationAndAPartyAfterAPersonAreOrganizations() {
        Doc d = doc("Der Baukonzern Brandtwerk meldet Gewinn, sagte Maria Weber (SPÖ) am Montag. Der Konzern Umsatz stieg.",
                "Maria Weber", EntityType.PER);
        List<String> f = found(d);
        assertTrue(f.containsAll(List.of("Brandtwerk/ORG", "SPÖ/ORG")), f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Umsatz")), f.toString());
    }

    @Test
    void aSurnameTheModelTookForAPlaceIsThePersonAndSoAreItsRepeatsAndGenitive() {
        Doc d = doc("Varkalns stellt aus. Die Malerin Ilze Varkalns zeigt Sterne. Varkalns Bilder wirken. Varkalns' Stil ist ruhig.",
                "Varkalns", EntityType.LOC, "Ilze Varkalns", EntityType.PER);
        List<String> f = found(d);
        assertTrue(f.stream().filter(s -> s.startsWith("Varkalns")).allMatch(s -> s.endsWith("/PER")), f.toString());
        Map<String, String> keys = keys(d);
        assertEquals("ilze-varkalns", keys.get("Varkalns"));
        assertEquals("ilze-varkalns", keys.get("Varkalns'"));
    }

    @Test
    void aTitleOpeningANameIsNoPartOfItAndTheRestIsAPerson() {
        Doc d = doc("Der Chemienobelpreisträger Tadeusz Wolny sprach. Später kam Wolny zurück.",
                "Chemienobelpreisträger Tadeusz Wolny", EntityType.ORG);
        List<String> f = found(d);
        assertTrue(f.contains("Tadeusz Wolny/PER"), f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Friedens")), f.toString());
        assertEquals("tadeusz-wolny", keys(d).get("Wolny"));
    }

    @Test
    void anOrganizationNamedLikeAPlaceIsKeptApartFromThePlaceExceptAfterAPrepositionOfPlace() {
        Doc d = doc("Die Wochenzeitung Nordland verlor. In Nordland schneit es. Der Verlag von Nordland klagt.",
                "Nordland", EntityType.LOC);
        Doc done = new MentionResolver().process(STAGE.process(d));
        Map<String, String> keyAt = new java.util.HashMap<>();
        done.entities().forEach(e -> e.mentions().forEach(s -> keyAt.put(String.valueOf(s.begin()), e.key())));
        int paper = d.text().indexOf("Nordland");
        int place = d.text().indexOf("Nordland", paper + 1);
        int again = d.text().lastIndexOf("Nordland");
        assertEquals(keyAt.get(String.valueOf(paper)), keyAt.get(String.valueOf(again)));
        assertEquals("nordland", keyAt.get(String.valueOf(place)));
        assertFalse(keyAt.get(String.valueOf(paper)).equals("nordland"), keyAt.toString());
    }

    @Test
    void aGivenNameWithTheInitialOfTheSurnameIsAPersonAndSoIsTheInitialAlone() {
        Doc d = doc("Jorit T. wurde befragt. Dann kam T. zurück. Jorit T. lachte. Die Stadt Anna M. Berger grüßt.");
        assertEquals(List.of("Jorit T./PER", "T./PER", "Jorit T./PER"), found(d));
        assertEquals("jorit-t", keys(d).get("T."));
    }

    @Test
    void aGivenNameOfAnotherPersonOfTheArticleOpensTheFirstOfTwoSurnamesEvenWhereTheModelSawAPlace() {
        Doc d = doc("Zbyszko Hartl und Eva Brandner stritten. Damals warf Zbyszko Hartl Brandner Verrat vor.",
                "Zbyszko Hartl", EntityType.PER, "Eva Brandner", EntityType.PER, "Hartl Brandner", EntityType.PER);
        Doc other = doc("Zbyszko Brandner und Eva Hartl stritten. Damals warf Zbyszko Hartl Brandner Verrat vor.",
                "Zbyszko Brandner", EntityType.PER, "Eva Hartl", EntityType.PER, "Hartl Brandner", EntityType.PER);
        assertTrue(found(other).containsAll(List.of("Zbyszko Hartl/PER", "Brandner/PER")), found(other).toString());
        assertFalse(found(other).contains("Hartl/PER"), found(other).toString());
        assertTrue(found(d).contains("Brandner/PER"), found(d).toString());
    }

    @Test
    void theStateAsABodyIsNotThePlaceOfTheSameName() {
        Doc d = doc("Das Geld gab das Land Ostmark.", "Ostmark", EntityType.LOC);
        assertEquals(List.of("Land Ostmark/LOC"), found(d));
        assertEquals("land-ostmark", keys(d).get("Land Ostmark"));
    }

    @Test
    void anInnerWordOfALongNameThatIsNoGivenNameIsTheSurnameUsedAlone() {
        Doc d = doc("Der Stürmer Mateo Quintero Vasconez traf. Danach jubelte Quintero.", "Mateo Quintero Vasconez", EntityType.PER);
        assertEquals("mateo-quintero-vasconez", keys(d).get("Quintero"));
    }
}
