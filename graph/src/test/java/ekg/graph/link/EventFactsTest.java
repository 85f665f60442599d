package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event facts as lines give the event linker exactly what the articles' quads give it. */
class EventFactsTest {
    private static final Iris IRIS = Iris.DEFAULT;

    private static List<Quad> article(String id, String published, String publisher, String... events) {
        Node g = IRIS.articleGraph(id);
        List<Quad> quads = new ArrayList<>();
        if (published != null) quads.add(Quad.create(g, IRIS.article(id), Vocab.Schema.DATE_PUBLISHED, Literals.date(published)));
        if (publisher != null) quads.add(Quad.create(g, IRIS.article(id), Vocab.Schema.PUBLISHER, Literals.string(publisher)));
        int at = 10;
        for (String e : events) {
            // type|actor|place|time|phrase
            String[] f = e.split("\\|", -1);
            Node m = IRIS.eventMention(id, at, at + 5);
            at += 10;
            quads.add(Quad.create(g, m, Vocab.TYPE, Vocab.Ekg.EVENT_MENTION));
            quads.add(Quad.create(g, m, Vocab.Sem.EVENT_TYPE, Vocab.Ekg.eventType(f[0])));
            if (!f[1].isEmpty()) quads.add(Quad.create(g, m, Vocab.Sem.HAS_ACTOR, IRIS.entity(f[1])));
            if (!f[2].isEmpty()) quads.add(Quad.create(g, m, Vocab.Sem.HAS_PLACE, IRIS.entity(f[2])));
            if (!f[3].isEmpty()) quads.add(Quad.create(g, m, Vocab.Sem.HAS_TIME_STAMP, Literals.date(f[3])));
            if (!f[4].isEmpty()) quads.add(Quad.create(g, m, Vocab.Ekg.TIME_PHRASE, Literals.string(f[4])));
        }
        return quads;
    }

    private static Set<String> triples(List<Triple> ts) {
        Set<String> out = new TreeSet<>();
        ts.forEach(t -> out.add(t.toString()));
        return out;
    }

    private static StreamRDFBase into(List<Triple> out) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.add(t);
            }
        };
    }

    /** The knowledge base's word that the capital lies in the country. */
    private static List<Quad> places() {
        return List.of(Quad.create(IRIS.kbGraph(), IRIS.entity("hauptstadt"), Vocab.Schema.CONTAINED_IN_PLACE,
                IRIS.entity("land")));
    }

    /** What the linker gives from a store holding the articles and places. */
    private static List<Triple> linkedFromStore(List<List<Quad>> articles, List<Quad> places) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        articles.forEach(a -> a.forEach(dsg::add));
        places.forEach(dsg::add);
        List<Triple> out = new ArrayList<>();
        new EventLinker(IRIS).link(dsg, into(out));
        return out;
    }

    @Test
    void linkingFromFactLinesInAnyOrderGivesWhatLinkingFromTheQuadsGives() {
        List<List<Quad>> articles = List.of(
                article("a", "2024-06-19", "Der Bote", "Visit|besucher|hauptstadt|2024-06-19|am Mittwoch",
                        "Meeting|besucher||2000-01-01|im Jahr\t2000"),
                article("b", null, "Die Post", "Visit|besucher|land||im Juni\\Juli"),
                article("c", "2024-06-20", null, "Attack|||2024-06-20|", "Election|partei|land||"),
                article("e", "2024-06-19", "Der Bote", "Visit|besucher|hauptstadt|2024-06-19|heute"));
        List<Quad> places = places();
        List<Triple> fromQuads = linkedFromStore(articles, places);

        List<String> lines = new ArrayList<>();
        articles.forEach(a -> lines.addAll(EventFacts.of(a, IRIS)));
        lines.addAll(EventFacts.of(places, IRIS));
        Collections.shuffle(lines, new Random(7));
        List<Triple> fromFacts = new ArrayList<>();
        new EventLinker(IRIS).linkFacts(lines.iterator(), into(fromFacts));

        assertTrue(fromQuads.size() > 20, "the fixture links events: " + fromQuads.size());
        assertEquals(triples(fromQuads), triples(fromFacts));
    }

    @Test
    void aMentionLineCarriesTabsLineBreaksAndBackslashesOfItsTimePhrase() {
        List<String> lines = EventFacts.of(article("d", null, null, "Visit|besucher||2024-01-02|vom 1.\t2. bis\n3.\\4."), IRIS);
        EventMentions read = EventFacts.read(lines.iterator(), IRIS);
        assertEquals(1, read.mentions.size());
        assertEquals("vom 1.\t2. bis\n3.\\4.", read.mentions.get(0).phrase);
        assertEquals(Set.of("besucher"), read.mentions.get(0).actors);
    }

    /**
     * Undated articles dated across types: "b" by the visit it shares, and its meeting's "am Dienstag"
     * then resolved with that date; "g" fits a visit and a meeting of the same day, and the earlier of its
     * own events decides.
     */
    @Test
    void linkingEachTypeApartGivesWhatLinkingAllTypesAtOnceGives() {
        List<List<Quad>> articles = List.of(
                article("a", "2024-06-19", "Der Bote", "Visit|besucher|hauptstadt|2024-06-19|am Mittwoch"),
                article("e", "2024-06-19", "Die Post", "Visit|besucher|hauptstadt|2024-06-19|heute"),
                article("f", "2024-06-18", "Der Bote", "Meeting|besucher||2024-06-18|am Dienstag"),
                article("h", "2024-06-19", "Die Post", "Meeting|ministerin||2024-06-19|"),
                article("b", null, "Die Zeit", "Visit|besucher|land||im Juni", "Meeting|besucher|||am Dienstag"),
                article("g", null, "Die Zeit", "Meeting|ministerin|||am Mittwoch", "Visit|besucher|hauptstadt||am Mittwoch"),
                article("c", "2024-06-20", null, "Attack|||2024-06-20|", "Election|partei|land||"));
        List<Quad> places = places();
        List<Triple> together = linkedFromStore(articles, places);

        Map<String, List<String>> byType = new TreeMap<>();
        List<String> everyType = new ArrayList<>(EventFacts.of(places, IRIS));
        for (List<Quad> a : articles) {
            EventFacts.byType(EventFacts.of(a, IRIS)).forEach((type, lines) -> {
                if (type.equals(EventFacts.EVERY_TYPE)) everyType.addAll(lines);
                else byType.computeIfAbsent(type, k -> new ArrayList<>()).addAll(lines);
            });
        }
        EventLinker linker = new EventLinker(IRIS);
        Map<String, String> datings = new TreeMap<>();
        byType.values().forEach(lines -> linker.datingCandidates(concat(lines, everyType).iterator())
                .forEach(d -> datings.merge(EventFacts.articleOf(d), d, EventFacts::later)));
        List<Triple> apart = new ArrayList<>();
        byType.values().forEach(lines -> {
            List<String> all = concat(lines, everyType);
            lines.stream().map(EventFacts::articleOf).distinct().filter(datings::containsKey).forEach(a -> all.add(datings.get(a)));
            linker.linkDated(all.iterator(), into(apart));
        });
        datings.values().forEach(d -> linker.writeDating(d, into(apart)));

        assertEquals(Set.of("b", "g"), datings.keySet());
        assertTrue(triples(together).stream().anyMatch(t -> t.contains("inferred from the Meeting")), "g is dated by its meeting");
        assertEquals(triples(together), triples(apart));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
