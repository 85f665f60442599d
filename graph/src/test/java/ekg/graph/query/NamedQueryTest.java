package ekg.graph.query;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamedQueryTest {
    private static final String WHO_SAID = """
            # Who said what.
            # Ordered by speaker.
            # @param speaker "" part of the speaker's name
            # @param text "Sicherheit" a word the quote contains
            # @param limit "10"
            # a comment after the parameters is no description
            SELECT ?name WHERE { ?who ekg:said ?t FILTER(CONTAINS(?t, $text)) }
            # @param late "x" not in the header any more
            """;

    @Test
    void readsDescriptionAndParametersInOrder() {
        NamedQuery q = NamedQuery.parse("who-said", WHO_SAID);
        assertEquals("who-said", q.name());
        assertEquals("Who said what. Ordered by speaker.", q.description());
        assertEquals(List.of("speaker", "text", "limit"), List.copyOf(q.params().keySet()));
        assertEquals(new NamedQuery.Param("text", "Sicherheit", "a word the quote contains"), q.params().get("text"));
        assertEquals(new NamedQuery.Param("limit", "10", ""), q.params().get("limit"));
    }

    @Test
    void defaultsApplyUnlessGiven() {
        NamedQuery q = NamedQuery.parse("who-said", WHO_SAID);
        assertEquals(Map.of("speaker", "", "text", "Sicherheit", "limit", "10"), q.values(Map.of()));
        assertEquals(Map.of("speaker", "Berger", "text", "Sicherheit", "limit", "10"),
                q.values(Map.of("speaker", "Berger")));
    }

    @Test
    void unknownParameterIsAnErrorNamingQueryAndParameters() {
        NamedQuery q = NamedQuery.parse("who-said", WHO_SAID);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.values(Map.of("late", "x")));
        assertTrue(e.getMessage().contains("'who-said'"), e.getMessage());
        assertTrue(e.getMessage().contains("'late'"), e.getMessage());
        assertTrue(e.getMessage().contains("speaker, text, limit"), e.getMessage());
    }

    @Test
    void queryWithoutHeaderHasNoParameters() {
        NamedQuery q = NamedQuery.parse("bare", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals("", q.description());
        assertTrue(q.params().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.values(Map.of("x", "1")));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void parameterValuesBecomeLiteralsOrIris() {
        Binding b = QueryRunner.bind(Map.of("name", "Anna Berger", "entity", "<https://ekg.dev/id/entity/anna-berger>"));
        assertEquals(NodeFactory.createLiteralString("Anna Berger"), b.get(Var.alloc("name")));
        assertEquals(NodeFactory.createURI("https://ekg.dev/id/entity/anna-berger"), b.get(Var.alloc("entity")));
    }
}
