package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.kb.ModifierForms;
import ekg.ingest.kb.Offices;

import java.util.ArrayList;
import java.util.List;

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

    private final Offices offices;
    private final ModifierForms countries;

    EpithetMatcher(KnowledgeBase kb) {
        this.offices = new Offices(kb);
        this.countries = new ModifierForms(kb, e -> e.adjective() != null || "country".equals(e.kind()));
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
        List<KbEntry> country = countries.of(modifier);
        return country.isEmpty() ? null : offices.holder(noun, country.get(0).key(), date);
    }
}
