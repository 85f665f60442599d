package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;
import ekg.ingest.morph.GermanLexicon;

import java.util.List;

/**
 * Verbatim speech without quote marks after a colon: a frame with a verb of saying ("Die Ministerin
 * sagte: Wir handeln jetzt.", "…, sagt X: Eine Frage der Haltung."), a name alone
 * ("Landeshauptmann Berger: Das ist fair."), or a writer's clause before the first person ("Er floh:
 * Ich hatte Angst.").
 */
final class ColonFrames {
    /** Most tokens of a bare name frame before a colon (Bürgermeisterin Anna Berger:). */
    private static final int NAME_FRAME = 5;
    /** Fewest words after the colon. */
    private static final int MIN_WORDS = 3;

    private ColonFrames() {}

    /** The words after a colon frame in sentence {@code s}, with the frame's speaker; null when there is none. */
    static Quote colonFrame(TextView v, int s, List<Cue> cues, CarryOver speakers) {
        int first = v.sentFirst(s);
        int last = v.sentLast(s);
        int colon = -1;
        for (int k = first + 1; k < last; k++) {
            if (v.quoted(k)) return null;
            if (v.word(k).equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || v.quoted(colon + 1) || words(v, colon + 1, last) < MIN_WORDS || bracketed(v, first, colon)) return null;
        Speaker sp = null;
        String cueText = null;
        Cue framing = null;
        for (Cue c : cues) {
            // a source phrase (laut X, nach Angaben von X) reports the sentence; it frames no verbatim words
            boolean source = c.entry().speakerAfter() || c.entry().speakerBefore() || c.entry().sentence();
            if (v.sentence(c.first()) != s || c.first() >= colon || source) continue;
            if (speakers.speakerOf(c) != null) {
                sp = speakers.speakerOf(c);
                cueText = c.text();
            }
            if (sameClause(v, c.first(), colon)) framing = c;
        }
        // "…, sagt X: Eine Frage der Haltung.": a verb of saying right before the colon frames even
        // words without a verb, and frames them when the text leaves its speaker open
        // not after a verb that takes a noun phrase ("Er nannte drei Gründe: Geld, Zeit, Personal")
        if ((framing == null || framing.entry().act()) && !hasVerb(v, colon + 1, last)) return null;
        boolean stop = ".!?…".contains(v.word(last));
        if (sp == null && framing != null) cueText = framing.text();
        // "Name: Satz" only as a sentence of the text; a line without final punctuation is a (sub)heading,
        // which in German news paraphrases ("Kanzler: Reform kommt") as often as it quotes
        if (sp == null && framing == null && stop) sp = nameFrame(v, first, colon);
        // "…: Wir ändern die Regeln, sagte X": a cue after the colon frames the words itself
        if (sp == null && cueAfter(v, cues, colon)) return null;
        // "Er beschloss zu gehen: Ich wollte nur noch weg.": the first person after a writer's clause
        boolean firstPerson = sp == null && framing == null && stop && firstPersonIn(v, colon + 1, last);
        if (firstPerson) {
            Frame f = speakers.finder().frame(colon);
            if (f == null) return null;
            sp = f.speaker();
        }
        if (sp == null && framing == null && !firstPerson) return null;
        int end = UnmarkedSpeech.lastWord(v, s);
        // reported words, or the writer's narration in the past: no verbatim speech
        boolean rendered = UnmarkedSpeech.subjunctiveClause(v, colon + 1, end) || narration(v, colon + 1, end);
        QuoteMode mode = rendered ? QuoteMode.INDIRECT : QuoteMode.DIRECT;
        Span span = new Span(v.token(colon + 1).span().begin(), v.token(end).span().end());
        return new Quote(span, span.of(v.text), mode, cueText, sp == null ? null : sp.span(), sp == null ? null : sp.key());
    }

    /** "Die Bewegung (übersetzt: Wir sind hier!) wurde …": a colon inside brackets glosses, it frames no speech. */
    private static boolean bracketed(TextView v, int first, int colon) {
        int open = 0;
        for (int k = first; k < colon; k++) {
            if (v.word(k).equals("(")) open++;
            else if (v.word(k).equals(")") && open > 0) open--;
        }
        return open > 0;
    }

    private static boolean cueAfter(TextView v, List<Cue> cues, int colon) {
        for (Cue c : cues) if (c.first() > colon && v.sentence(c.first()) == v.sentence(colon)) return true;
        return false;
    }

    /** No comma, dash or other colon between token {@code from} and the colon {@code colon}: one clause. */
    private static boolean sameClause(TextView v, int from, int colon) {
        for (int k = from + 1; k < colon; k++) {
            String w = v.word(k);
            if (v.quoted(k) || w.equals(",") || w.equals("–") || w.equals("—") || w.equals(";")) return false;
        }
        return true;
    }

    private static boolean firstPersonIn(TextView v, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (UnmarkedSpeech.FIRST_PERSON.contains(v.lower(k)) && (v.isTag(k, "PRON") || v.isTag(k, "DET"))) return true;
        }
        return false;
    }

    /** "Landeshauptmann Berger:": a person or organisation named alone, perhaps with a title, before the colon. */
    private static Speaker nameFrame(TextView v, int first, int colon) {
        if (colon - first > NAME_FRAME) return null;
        Speaker found = null;
        for (int k = first; k < colon; k++) {
            Mention m = v.mentionAt(k);
            if (m != null && (m.type() == EntityType.PER || m.type() == EntityType.ORG)) {
                found = new Speaker(m.span(), v.entityKey(m.span()));
                k = v.mentionLast(k);
            } else if (!(v.isTag(k, "NOUN") || v.isTag(k, "ADJ") || v.isTag(k, "DET") || v.isTag(k, "PROPN"))) {
                return null;
            }
        }
        return found != null && found.key() != null ? found : null;
    }

    /** Tokens [from, to] narrate: their first finite verb is only a past form, and no one speaks in the first person. */
    private static boolean narration(TextView v, int from, int to) {
        int f = -1;
        for (int k = from; k <= to; k++) {
            if (UnmarkedSpeech.FIRST_PERSON.contains(v.lower(k))) return false;
            if (f < 0 && !v.quoted(k) && Mood.isVerb(v, k)) f = k;
        }
        GermanLexicon lex = GermanLexicon.get();
        return f >= 0 && lex.any(v.word(f), x -> x.tag().contains(":PRT")) && !lex.any(v.word(f), x -> x.tag().contains(":PRÄ"));
    }

    private static boolean hasVerb(TextView v, int from, int to) {
        for (int k = from; k <= to; k++) if (!v.quoted(k) && Mood.isVerb(v, k)) return true;
        return false;
    }

    private static int words(TextView v, int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) if (Character.isLetterOrDigit(v.word(k).charAt(0))) n++;
        return n;
    }
}
