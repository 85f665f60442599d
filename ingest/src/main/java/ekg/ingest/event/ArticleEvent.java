package ekg.ingest.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One event of an article as {@link Coreference} reads it: what its mentions so far say of it. */
final class ArticleEvent {
    final int number;
    final String type;
    final List<Draft> mentions = new ArrayList<>();
    final Set<String> actors = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> lemmas = new HashSet<>();
    /** The results ("2:0") its mentions give: a match has one. */
    final Set<String> scores = new HashSet<>();
    /** For a match: whether it is one of its moments (a goal), not the match. */
    final boolean moment;
    /** The offices its appointments name. */
    final Set<String> offices = new HashSet<>();
    String time;
    int sentence;
    /** Whether all its mentions so far stand in the article's first sentence, its headline, before any dash. */
    boolean headline = true;
    /** Whether its time comes from a time phrase, not from the article's day alone. */
    boolean stated;
    int paragraph;

    ArticleEvent(int number, Draft first) {
        this.number = number;
        this.type = first.type();
        this.moment = Apart.moment(first);
    }

    void add(Draft d, String word, String office, String score, int sentence, int paragraph, boolean afterDash) {
        this.paragraph = paragraph;
        mentions.add(d);
        actors.addAll(d.args.actors);
        places.addAll(d.args.places);
        lemmas.add(word);
        if (office != null) offices.add(office);
        if (score != null) scores.add(score);
        if (time == null || !stated && d.when.phrase() != null) time = d.when.value();
        stated |= d.when.phrase() != null;
        this.sentence = sentence;
        headline &= sentence == 0 && !afterDash;
    }
}
