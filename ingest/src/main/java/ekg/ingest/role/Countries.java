package ekg.ingest.role;

import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.kb.ModifierForms;

import java.util.List;

/** Countries by the modifiers the press puts before a role noun: "russische", "Russlands". */
final class Countries {
    private final ModifierForms forms;

    Countries(KnowledgeBase kb) {
        this.forms = new ModifierForms(kb, e -> "country".equals(e.kind()));
    }

    /** The key of the one country whose adjective or genitive {@code word} is, or null. */
    String ofModifier(String word) {
        List<String> keys = forms.of(word).stream().map(KbEntry::key).distinct().toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }
}
