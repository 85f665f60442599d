package ekg.graph.tools.bench;

import ekg.graph.query.NamedQuery;
import ekg.graph.query.QueryRunner;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

import java.util.HashMap;
import java.util.Map;

/**
 * Parameter values taken from the data, for queries whose defaults find nothing: a speaker's name, a
 * second entity named in the same article, a word the speaker's quote contains, an event and its type.
 */
final class SampleParams {
    private static final String SPEAKER = """
            SELECT ?a ?quote ?g WHERE {
              GRAPH ?g { ?q schema:spokenByCharacter ?who ; schema:text ?quote . ?m itsrdf:taIdentRef ?who }
              ?who rdfs:label ?a
            } LIMIT 1
            """;
    private static final String OTHER = """
            SELECT ?b WHERE { GRAPH $g { ?m itsrdf:taIdentRef ?e } ?e rdfs:label ?b . FILTER(STR(?b) != STR($a)) } LIMIT 1
            """;
    private static final String EVENT = """
            SELECT ?event ?kind WHERE {
              ?event a sem:Event ; sem:eventType ?t . BIND(STRAFTER(STR(?t), STR(ekg:)) AS ?kind)
            } LIMIT 1
            """;

    private SampleParams() {
    }

    /** Values by parameter name; empty when the store holds no attributed quote. */
    static Map<String, String> from(QueryRunner runner) {
        Map<String, String> values = new HashMap<>();
        ResultSetRewindable speakers = runner.select(NamedQuery.parse("sample-speaker", SPEAKER), Map.of());
        if (speakers.hasNext()) {
            QuerySolution s = speakers.next();
            String a = s.get("a").asLiteral().getLexicalForm();
            for (String p : new String[] {"name", "speaker", "entity", "a"}) values.put(p, a);
            values.put("text", longestWord(s.get("quote").asLiteral().getLexicalForm()));
            NamedQuery other = NamedQuery.parse("sample-other", "# @param g \"\"\n# @param a \"\"\n" + OTHER);
            ResultSetRewindable others = runner.select(other, Map.of("g", "<" + s.getResource("g").getURI() + ">", "a", a));
            if (others.hasNext()) values.put("b", others.next().get("b").asLiteral().getLexicalForm());
        }
        ResultSetRewindable events = runner.select(NamedQuery.parse("sample-event", EVENT), Map.of());
        if (events.hasNext()) {
            QuerySolution e = events.next();
            values.put("key", "<" + e.getResource("event").getURI() + ">");
            values.put("kind", e.get("kind").asLiteral().getLexicalForm());
        }
        return values;
    }

    private static String longestWord(String text) {
        String best = "";
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() > best.length()) best = w;
        }
        return best;
    }
}
