package ekg.ingest.morph;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nouns naming people, told by the feminine "-in" form the German lexicon knows beside them. */
class PersonNounsTest {
    @Test
    void aMasculineNounWithAFeminineFormNamesPeople() {
        assertTrue(PersonNouns.isPersonNoun("Soldat"));
        assertTrue(PersonNouns.isPersonNoun("Kandidaten"));
        assertTrue(PersonNouns.isPersonNoun("Eigentümer"));
    }

    @Test
    void theFeminineFormItselfNamesPeople() {
        assertTrue(PersonNouns.isPersonNoun("Eigentümerin"));
        assertTrue(PersonNouns.isPersonNoun("Kandidatinnen"));
    }

    @Test
    void aCompoundTheLexiconLacksIsReadByItsHead() {
        assertTrue(PersonNouns.isPersonNoun("Grenzwachsoldaten"));
    }

    @Test
    void thingsAndDativesAreNoSubjectNamingPeople() {
        assertFalse(PersonNouns.isPersonNoun("Vorschlag"));
        assertFalse(PersonNouns.isPersonNoun("Termin"));
        assertFalse(PersonNouns.isPersonNoun("Benzin"));
        // "Bürgern" is a dative plural only: no subject
        assertFalse(PersonNouns.isPersonNoun("Bürgern"));
    }
}
