package ekg.ingest.role;

import ekg.ingest.kb.GermanWords;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/** Countries by the modifiers the press puts before a role noun: "russische", "Russlands". */
final class Countries {
    private final List<KbEntry> countries = new ArrayList<>();

    Countries(KnowledgeBase kb) {
        for (KbEntry e : kb.entries()) if ("country".equals(e.kind())) countries.add(e);
    }

    /** The key of the one country whose adjective or genitive {@code word} is, or null. */
    String ofModifier(String word) {
        String found = null;
        for (KbEntry c : countries) {
            boolean fits = c.adjective() != null && GermanWords.adjectiveOf(word, c.adjective())
                    || word.equals(c.name() + "s");
            if (!fits) continue;
            if (found != null && !found.equals(c.key())) return null;
            found = c.key();
        }
        return found;
    }
}
