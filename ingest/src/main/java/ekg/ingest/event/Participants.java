package ekg.ingest.event;

import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.event.DocView.Name;

import java.util.List;

/**
 * Who takes part in an event whose sentence names no one: news keeps its topic from sentence to
 * sentence and leaves it unnamed ("Er wurde festgenommen", "Die Festnahme erfolgte am Abend"), so such
 * a mention takes the person or organization its sentence names first outside its clause, else the one
 * the sentence before names first, which German puts first as its subject, else the one the article is
 * about: the person or organization it names most often.
 */
final class Participants {
    /** An article's protagonist must be named this often, or no one is. */
    private static final int PROTAGONIST_MENTIONS = 3;

    private Participants() {
    }

    /**
     * Gives each draft without actors the first person or organization of its sentence (outside the
     * trigger's clause), else of the sentence before, else the article's protagonist. Run after the
     * article's mentions are joined, so these guesses join nothing.
     */
    static void fill(DocView v, List<Draft> drafts) {
        String protagonist = null;
        boolean protagonistSought = false;
        for (Draft d : drafts) {
            if (!d.args.actors.isEmpty()) continue;
            String subject = firstActor(v, v.sentence(d.token), d.token);
            if (subject == null && v.sentence(d.token)[0] > 0) subject = firstActor(v, v.sentence(v.sentence(d.token)[0] - 1), d.token);
            if (subject == null && !protagonistSought) {
                protagonist = protagonist(v);
                protagonistSought = true;
            }
            String actor = subject != null ? subject : protagonist;
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

    /** The person or organization named most often, at least {@link #PROTAGONIST_MENTIONS} times; null on a tie. */
    private static String protagonist(DocView v) {
        String best = null;
        int most = PROTAGONIST_MENTIONS - 1;
        boolean tie = false;
        for (Entity e : v.doc.entities()) {
            if (e.type() != EntityType.PER && e.type() != EntityType.ORG) continue;
            int n = e.mentions().size();
            if (n > most) {
                best = e.key();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
