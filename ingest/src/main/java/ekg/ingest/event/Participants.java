package ekg.ingest.event;

import ekg.ingest.doc.EntityType;
import ekg.ingest.event.DocView.Name;

import java.util.List;

/**
 * Who takes part in an event whose sentence names no one: news keeps its topic from sentence to
 * sentence and leaves it unnamed ("Er wurde festgenommen", "Die Festnahme erfolgte am Abend"), so such
 * a mention takes the person or organization its sentence names first outside its clause, else the one
 * the sentence before names first, which German puts first as its subject. The article's most named
 * person or organization is no fallback: on the development sets it added actor recall (.533 to .552)
 * but joined unrelated events of one article through the shared guess (coreference F1 .449 to .421).
 */
final class Participants {
    private Participants() {
    }

    /**
     * Gives each draft without actors the first person or organization of its sentence (outside the
     * trigger's clause), else of the sentence before. Run after the article's mentions are joined, so
     * these guesses join nothing.
     */
    static void fill(DocView v, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (!d.args.actors.isEmpty()) continue;
            String actor = firstActor(v, v.sentence(d.token), d.token);
            if (actor == null && v.sentence(d.token)[0] > 0) actor = firstActor(v, v.sentence(v.sentence(d.token)[0] - 1), d.token);
            if (actor != null && !d.args.places.contains(actor)) d.args.actors.add(actor);
        }
    }

    /** The first person or organization named in the sentence [from, to), not a source phrase nor a possessor ("Kims Vater"). */
    private static String firstActor(DocView v, int[] sentence, int trigger) {
        for (Name n : v.names(sentence[0], sentence[1])) {
            if ((n.type() == EntityType.PER || n.type() == EntityType.ORG) && !Arguments.source(n)
                    && !Arguments.possessor(v, n, trigger)) return n.key();
        }
        return null;
    }
}
