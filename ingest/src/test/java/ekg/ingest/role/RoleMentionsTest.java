package ekg.ingest.role;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.names.NameLists;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleMentionsTest {
    static final NameLists LISTS = NameLists.builtIn();
    static final RoleMentions STAGE = new RoleMentions(LISTS);

    /** Word tokens; each person is (key, form), with a mention at every place the form occurs. */
    static Doc doc(String text, String... people) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}-]+|\\S").matcher(text);
        int sentence = 0;
        while (m.find()) {
            tokens.add(new Token(new Span(m.start(), m.end()), m.group(), sentence));
            if (m.group().equals(".")) sentence++;
        }
        List<Entity> es = new ArrayList<>();
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < people.length; i += 2) {
            List<Span> spans = new ArrayList<>();
            for (int b = text.indexOf(people[i + 1]); b >= 0; b = text.indexOf(people[i + 1], b + 1)) {
                Span s = new Span(b, b + people[i + 1].length());
                spans.add(s);
                ms.add(new Mention(s, people[i + 1], EntityType.PER, "test"));
            }
            es.add(new Entity(people[i], people[i + 1], EntityType.PER, spans));
        }
        ms.sort((a, b) -> a.span().compareTo(b.span()));
        Doc d = Doc.of("r", text, Metadata.builder("r.txt").build()).withTokens(tokens).withMentions(ms).withEntities(es);
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
