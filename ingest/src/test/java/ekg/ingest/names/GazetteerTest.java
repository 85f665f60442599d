package ekg.ingest.names;

import ekg.ingest.doc.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer g = build();

    private static Gazetteer build() {
        Gazetteer.Builder b = Gazetteer.builder();
        b.add("Jens Stoltenberg", EntityType.PER, true);
        b.add("Stoltenberg", EntityType.PER, true);
        b.add("Deutsche Bank", EntityType.ORG, false);
        b.add("Nordkorea", EntityType.LOC, true);
        b.add("Putin", EntityType.PER, true);
        b.add("Paris", EntityType.LOC, false);
        return b.build();
    }

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void takesTheLongestNameAtEachPosition() {
        List<Gazetteer.Match> m = g.find(words("Generalsekretär Jens Stoltenberg sagte , Stoltenberg sei"));
        assertEquals(List.of(new Gazetteer.Match(1, 3, EntityType.PER, true, false),
                new Gazetteer.Match(5, 6, EntityType.PER, true, false)), m);
    }

    @Test
    void readsTheGermanGenitiveOnTheLastToken() {
        assertEquals(List.of(new Gazetteer.Match(0, 1, EntityType.PER, true, true),
                        new Gazetteer.Match(2, 3, EntityType.LOC, true, true)),
                g.find(words("Putins Besuch Nordkoreas")));
        assertEquals(List.of(new Gazetteer.Match(0, 2, EntityType.PER, true, true)), g.find(words("Jens Stoltenbergs Amtszeit")));
        assertEquals(1, g.find(words("Paris’ Bürgermeisterin")).size(), "apostrophe genitive");
        assertTrue(g.find(words("Putinsche Politik")).isEmpty(), "only the genitive ending, not any suffix");
    }

    @Test
    void aGenitiveNameStandsAloneBeforeAnotherName() {
        Gazetteer.Builder b = Gazetteer.builder();
        b.add("Russland", EntityType.LOC, true);
        b.add("Russlands Fernem Osten", EntityType.LOC, true);
        b.add("Fernem Osten", EntityType.LOC, true);
        assertEquals(List.of(new Gazetteer.Match(0, 1, EntityType.LOC, true, true),
                new Gazetteer.Match(1, 3, EntityType.LOC, true, false)),
                b.build().find(words("Russlands Fernem Osten")));
    }

    @Test
    void matchesCaseSensitively() {
        assertTrue(g.find(words("die deutsche bank und nordkorea")).isEmpty());
        assertEquals(1, g.find(words("die Deutsche Bank")).size());
    }

    @Test
    void aPartialMultiWordNameIsNoMatch() {
        assertTrue(g.find(words("die Deutsche Bahn")).isEmpty());
    }

    @Test
    void skipsLowerCaseAndOneLetterNames() {
        Gazetteer.Builder b = Gazetteer.builder();
        assertFalse(b.add("von der Leyen", EntityType.PER, false));
        assertFalse(b.add("dpa", EntityType.ORG, false));
        assertFalse(b.add("A", EntityType.LOC, false));
        assertFalse(b.add("€", EntityType.OTH, false));
        assertTrue(b.add("EU", EntityType.ORG, false));
        assertEquals(1, b.build().size());
    }

    @Test
    void aCuratedNameMayBeOneLowerCaseWordOpenWithAParticleOrBeACurrencySign() {
        Gazetteer.Builder b = Gazetteer.builder();
        assertTrue(b.add("dpa", EntityType.ORG, true));
        assertTrue(b.add("von der Leyen", EntityType.PER, true));
        assertTrue(b.add("al-Assad", EntityType.PER, true));
        assertTrue(b.add("€", EntityType.OTH, true));
        assertFalse(b.add("amerikanischen Regierung", EntityType.ORG, true), "an adjective opens no name");
        assertFalse(b.add("x", EntityType.ORG, true));
        Gazetteer c = b.build();
        assertEquals(List.of("dpa/ORG", "von der Leyen/PER", "€/OTH"),
                c.find(words("( dpa ) Ursula von der Leyen zahlt 5 € .")).stream()
                        .map(m -> String.join(" ", words("( dpa ) Ursula von der Leyen zahlt 5 € .").subList(m.start(), m.end()))
                                + "/" + m.type()).toList());
    }

    @Test
    void aCuratedTypeIsNotOverwrittenByADerivedOne() {
        Gazetteer.Builder b = Gazetteer.builder();
        b.add("Washington", EntityType.LOC, true);
        b.add("Washington", EntityType.PER, false);
        assertEquals(EntityType.LOC, b.build().typeOf(List.of("Washington")));
    }
}
