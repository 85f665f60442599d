package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.morph.GermanLexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conventional aliases of parties ("die Freiheitlichen", "die Schwarzen", "die Sozialdemokraten"),
 * read from {@code ekg/kb/party-aliases.txt}: an alias names a party only in an article that names the
 * party itself, only when it fits exactly one party named there, and not as an adjective before a noun
 * ("das Rote Kreuz", "das Schwarze Meer").
 */
final class PartyAliases {
    static final String RESOURCE = "/ekg/kb/party-aliases.txt";

    /** An alias in the text and the party it names. */
    record Match(Span span, KbEntry party) {
    }

    private final KnowledgeBase kb;
    private final Map<String, List<String>> parties;

    private PartyAliases(KnowledgeBase kb, Map<String, List<String>> parties) {
        this.kb = kb;
        this.parties = parties;
    }

    static PartyAliases builtIn(KnowledgeBase kb) {
        Map<String, List<String>> parties = new HashMap<>();
        try (InputStream in = PartyAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\\|");
                if (cols.length != 2) throw new IllegalStateException(RESOURCE + ": not 'alias | keys': " + line);
                parties.put(cols[0].strip(), Arrays.stream(cols[1].split(";")).map(String::strip).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new PartyAliases(kb, parties);
    }

    /** The aliases in {@code doc} of parties whose keys are among {@code named}. */
    List<Match> find(Doc doc, Set<String> named) {
        List<Token> tokens = doc.tokens();
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<String> keys = parties.get(tokens.get(i).text());
            if (keys == null || beforeNoun(tokens, i)) continue;
            List<String> fit = keys.stream().filter(named::contains).toList();
            KbEntry party = fit.size() == 1 ? kb.get(fit.get(0)) : null;
            if (party != null) out.add(new Match(tokens.get(i).span(), party));
        }
        return out;
    }

    private static boolean beforeNoun(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) return false;
        String next = tokens.get(i + 1).text();
        return Character.isUpperCase(next.charAt(0)) && GermanLexicon.get().any(next, w -> w.isCommonNoun());
    }
}
