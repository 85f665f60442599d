package ekg.ingest.event;

import ekg.ingest.event.EventTimes.When;

/** One event mention being read: the trigger's token, what it is, what was found around it, and the article-local event it joins. */
final class Draft {
    final int token;
    final TriggerLexicon.Hit hit;
    final Arguments args;
    When when;
    final String claimedBy;
    final boolean planned;
    int event = -1;

    Draft(int token, TriggerLexicon.Hit hit, Arguments args, When when, String claimedBy, boolean planned) {
        this.token = token;
        this.hit = hit;
        this.args = args;
        this.when = when;
        this.claimedBy = claimedBy;
        this.planned = planned;
    }

    String type() {
        return hit.type();
    }
}
