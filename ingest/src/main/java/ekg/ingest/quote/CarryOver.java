package ekg.ingest.quote;

import ekg.ingest.doc.QuoteMode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cues into speakers, walking the article in order. An impersonal cue (hieß es weiter) takes the
 * speaker of the attribution before it; a whole quote with no cue of its own keeps the speaker of the
 * last attribution when that stands in the same or the previous paragraph and no other cue came between
 * (…, sagte X. Satz. „…“); a verb joined by "und" shares the subject of the cue before it in the
 * sentence (…, sagte X und fügte hinzu); a colon frame before a quote ("Die Ärztin: „…“") names its own speaker.
 * A cue or frame whose speaker is unknown breaks the chain.
 */
final class CarryOver {
    private record State(Speaker speaker, int paragraph) {}

    private final TextView v;
    private final List<Cue> cues;
    private final SpeakerFinder finder;
    private final Map<Cue, Speaker> cueSpeakers = new HashMap<>();

    CarryOver(TextView v, List<Cue> cues, SpeakerFinder finder) {
        this.v = v;
        this.cues = List.copyOf(cues);
        this.finder = finder;
        State st = null;
        Cue prev = null;
        for (Cue c : cues) {
            int para = v.paragraphOf(begin(c));
            Speaker sp = c.entry().carry() ? impersonal(c, finder, st, para) : finder.find(c);
            // „…“, sagte X, und fügte hinzu: „…“: a verb joined by "und" without a subject shares the one before
            if (sp == null && prev != null && coordinated(c, prev)) sp = cueSpeakers.get(prev);
            cueSpeakers.put(c, sp);
            st = new State(sp, para);
            prev = c;
        }
    }

    /** The cues, in text order. */
    List<Cue> cues() {
        return cues;
    }

    SpeakerFinder finder() {
        return finder;
    }

    /** The speaker a cue names, impersonal cues resolved to the attribution before them; null when unknown. */
    Speaker speakerOf(Cue cue) {
        return cueSpeakers.get(cue);
    }

    /** The speaker of each attributed quote, in the order given (quotes sorted by position). */
    Speaker[] speakers(List<Attributor.Attribution> quotes, List<QuoteMode> modes, List<Frame> frames) {
        Speaker[] out = new Speaker[quotes.size()];
        State st = null;
        int ci = 0;
        for (int q = 0; q < quotes.size(); q++) {
            Attributor.Attribution a = quotes.get(q);
            for (; ci < cues.size() && begin(cues.get(ci)) < a.pair().open(); ci++) {
                st = new State(cueSpeakers.get(cues.get(ci)), v.paragraphOf(begin(cues.get(ci))));
            }
            int para = v.paragraphOf(a.pair().close());
            if (a.cue() != null) {
                out[q] = cueSpeakers.get(a.cue());
                st = new State(out[q], para);
            } else if (frames.get(q) != null) {
                // "Ein Augenzeuge am Ufer: „…“" names a new speaker, even one the text leaves unnamed
                out[q] = frames.get(q).speaker();
                st = new State(out[q], para);
            } else if (modes.get(q) == QuoteMode.DIRECT) {
                out[q] = fresh(st, v.paragraphOf(a.pair().open()));
                if (out[q] != null) st = new State(out[q], para);
            }
        }
        return out;
    }

    private boolean coordinated(Cue c, Cue before) {
        int k = c.first();
        return k > 0 && v.isTag(k - 1, "CCONJ") && v.sentence(before.first()) == v.sentence(k);
    }

    /** "heißt es in dem Bericht" quotes the text it names; "hieß es weiter", "Demnach" go on with the speaker before. */
    private static Speaker impersonal(Cue c, SpeakerFinder finder, State st, int paragraph) {
        Speaker text = c.entry().sentence() ? null : finder.impersonal(c);
        return text != null ? text : fresh(st, paragraph);
    }

    private static Speaker fresh(State st, int paragraph) {
        return st != null && paragraph - st.paragraph() <= 1 ? st.speaker() : null;
    }

    private int begin(Cue c) {
        return v.token(c.first()).span().begin();
    }
}
