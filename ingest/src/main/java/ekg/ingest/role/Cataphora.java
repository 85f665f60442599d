package ekg.ingest.role;

import ekg.ingest.doc.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A description in an article's headline, before the article names anyone, points ahead: "Die
 * Architektin baut am Fluss. Hanna Brückner plant ...", "Ministerin: ..." is the first person named after
 * it, of no other gender, within the next sentences.
 */
final class Cataphora {
    // The headline and the lead it opens: how far ahead the person it announces may be named.
    private static final int AHEAD_SENTENCES = 3;

    private Cataphora() {
    }

    static String firstAfter(List<RoleMentions.Named> people, Token description, char gender,
                             Map<String, Set<String>> roles) {
        if (description.sentence() != 0) return null;
        for (RoleMentions.Named p : people) {
            if (p.span().begin() < description.span().begin()) return null;
            if (p.sentence() < 0 || p.sentence() > AHEAD_SENTENCES) return null;
            if (!Gender.conflict(gender, Gender.ofPerson(roles.getOrDefault(p.key(), Set.of()), p.label()))) return p.key();
        }
        return null;
    }
}
