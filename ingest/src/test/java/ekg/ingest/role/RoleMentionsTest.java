package ekg.ingest.role;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.names.NameLists;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleMentionsTest {
    static final NameLists LISTS = NameLists.builtIn();
    static final RoleMentions STAGE = new RoleMentions(LISTS);

    /** Word tokens; each person is (key, form), with a mention at every place the form occurs. */
    static Doc doc(String text, String... people) {
        DocBuilder b = DocBuilder.of(text).id("r").sentences(DocBuilder.FULL_STOP).mentions();
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < people.length; i += 2) {
            String form = people[i + 1];
            List<Span> spans = b.every(form);
            spans.forEach(s -> ms.add(new Mention(s, form, EntityType.PER, "test")));
            b.entity(people[i], form, EntityType.PER, spans);
        }
        ms.sort((x, y) -> x.span().compareTo(y.span()));
        ms.forEach(b::mention);
        Doc d = b.build();
        return new RoleStage(LISTS, RoleStageTest.KB).process(d);
    }

    /** Each description found, as "text=key". */
    static List<String> descriptions(Doc d) {
        Doc done = STAGE.process(d);
        List<String> out = new ArrayList<>();
        for (Mention m : done.mentions()) {
            if (!m.foundBy().equals(RoleMentions.FOUND_BY)) continue;
            String key = done.entities().stream().filter(e -> e.mentions().contains(m.span())).findFirst().orElseThrow().key();
            out.add(m.text() + "=" + key);
        }
        return out;
    }

    @Test
    void aDescriptionJoinsTheNearestPersonWithThatRole() {
        Doc d = doc("Wirtschaftsminister Max Roth traf Bürgermeisterin Eva Sommer. Der Minister lobte die Bürgermeisterin.",
                "max-roth", "Max Roth", "eva-sommer", "Eva Sommer");
        assertEquals(List.of("Minister=max-roth", "Bürgermeisterin=eva-sommer"), descriptions(d));
    }

    @Test
    void aFeminineDescriptionNeverJoinsAMansRole() {
        Doc d = doc("Innenminister Karl Vogt kam. Die Ministerin fehlte.", "karl-vogt", "Karl Vogt");
        assertEquals(List.of(), descriptions(d));
    }

    @Test
    void anAgeDescriptionJoinsThePersonOfThatAge() {
        Doc d = doc("Lena Hofer (34) und der 51-jährige Tom Brandt kamen. Der 51-Jährige sprach zuerst.",
                "lena-hofer", "Lena Hofer", "tom-brandt", "Tom Brandt");
        assertEquals(List.of("51-Jährige=tom-brandt"), descriptions(d));
    }

    @Test
    void aDescriptionWithoutAPersonOfThatRoleIsLeftAlone() {
        Doc d = doc("Anna Weiß kam. Der Kanzler schwieg.", "anna-weiss", "Anna Weiß");
        assertEquals(List.of(), descriptions(d));
    }

    @Test
    void anAgeOrPlaceDescriptionWithoutAnyGivenJoinsThePersonJustNamedOfAFittingGender() {
        Doc d = doc("Nach dem Spiel lobte man Jonas Brenner. Der 24-Jährige traf zweimal. Der Berliner jubelte.",
                "jonas-brenner", "Jonas Brenner");
        assertEquals(List.of("24-Jährige=jonas-brenner", "Berliner=jonas-brenner"), descriptions(d));
        Doc far = doc("Jonas Brenner kam. Es regnete. Es schneite. Es stürmte. Der 24-Jährige ging.", "jonas-brenner", "Jonas Brenner");
        assertEquals(List.of(), descriptions(far));
        Doc woman = doc("Dann sprach Carla Wendt. Der 24-Jährige hörte zu.", "carla-wendt", "Carla Wendt");
        assertEquals(List.of(), descriptions(woman));
    }

    @Test
    void aNameInAppositionSettlesWhomADescriptionMeansAndSoDoesAContractedArticle() {
        Doc d = doc("Lisa Korn lobte das Werk. Der Sprecher des Verbands, Paul Grieser, widersprach. Lob kam vom Sprecher.",
                "lisa-korn", "Lisa Korn", "paul-grieser", "Paul Grieser");
        assertEquals(List.of("Sprecher=paul-grieser", "Sprecher=paul-grieser"), descriptions(d));
    }
}
