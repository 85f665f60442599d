package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.kb.Offices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds role phrases that stand for a person and names who held the role at the article's date:
 * press titles ("der Kremlchef"), a country's adjective and a role noun ("der russische Präsident"),
 * and a country's genitive and a role noun ("Nordkoreas Machthaber"). A phrase right before a
 * person's name ("Kremlchef Wladimir Putin") is checked against that name by the caller.
 */
final class EpithetMatcher {
    /** A role phrase and the person it stands for. */
    record Match(Span span, KbEntry holder) {
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("", "e", "en", "er", "es", "em");
    private static final List<String> GENITIVE_ENDINGS = List.of("s", "'", "’", "'s");

    private final Offices offices;
    // Each form a country's adjective or genitive takes, to the first country in the knowledge base's
    // order that has it: testing every country per role noun showed up in extraction profiles.
    private final Map<String, Integer> adjectiveForms = new HashMap<>();
    private final Map<String, Integer> genitiveForms = new HashMap<>();
    private final List<KbEntry> countries = new ArrayList<>();

    EpithetMatcher(KnowledgeBase kb) {
        this.offices = new Offices(kb);
        for (KbEntry e : kb.entries()) {
            if (e.adjective() == null && !"country".equals(e.kind())) continue;
            int index = countries.size();
            countries.add(e);
            if (e.adjective() != null) {
                String stem = e.adjective().toLowerCase(Locale.ROOT);
                ADJECTIVE_ENDINGS.forEach(end -> adjectiveForms.putIfAbsent(stem + end, index));
            }
            GENITIVE_ENDINGS.forEach(end -> genitiveForms.putIfAbsent(e.name() + end, index));
        }
    }

    List<Match> find(Doc doc) {
        String date = doc.metadata().published().orElse(null);
        List<Token> tokens = doc.tokens();
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) continue;
            KbEntry byTitle = offices.holderByTitle(word, date);
            if (byTitle != null) {
                out.add(new Match(tokens.get(i).span(), byTitle));
                continue;
            }
            if (i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) continue;
            KbEntry holder = roleOfCountry(tokens.get(i - 1).text(), word, date);
            if (holder != null) {
                out.add(new Match(new Span(tokens.get(i - 1).span().begin(), tokens.get(i).span().end()), holder));
            }
        }
        return out;
    }

    /** "russische Präsident", "Nordkoreas Machthaber": the holder of that role of that country. */
    private KbEntry roleOfCountry(String modifier, String noun, String date) {
        if (!offices.isRoleNoun(noun)) return null;
        Integer byAdjective = adjectiveForms.get(modifier.toLowerCase(Locale.ROOT));
        Integer byGenitive = genitiveForms.get(modifier);
        if (byAdjective == null && byGenitive == null) return null;
        int first = Math.min(byAdjective == null ? Integer.MAX_VALUE : byAdjective, byGenitive == null ? Integer.MAX_VALUE : byGenitive);
        return offices.holder(noun, countries.get(first).key(), date);
    }
}
