package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the name stages' rules sentence by sentence, on the sentences and mentions of the Doc index. */
final class Sentences {

    private Sentences() {
    }

    static List<String> words(List<Token> sentence) {
        List<String> words = new ArrayList<>(sentence.size());
        for (Token t : sentence) words.add(t.text());
        return words;
    }

    /** What a name stage does to one sentence: given its tokens and its mentions, the mentions it keeps. */
    interface Refiner {
        List<Mention> refine(List<Token> sentence, List<Mention> mentions);
    }

    /** A rule at one token of a sentence; it returns the index of the last token it dealt with. */
    interface TokenRule {
        int apply(SentenceView sentence, int token);
    }

    /** Runs {@code rule} at every token of every sentence, the mentions kept sorted by span. */
    static Doc byToken(Doc doc, TokenRule rule) {
        return refine(doc, (sentence, found) -> {
            List<Mention> mentions = new ArrayList<>(found);
            SentenceView s = new SentenceView(doc, sentence, mentions);
            for (int i = 0; i < s.size(); i++) i = rule.apply(s, i);
            mentions.sort(Comparator.comparing(Mention::span));
            return mentions;
        });
    }

    /**
     * Runs {@code refiner} on every sentence that has tokens, with its mentions sorted by span, and puts
     * the results together, so each name stage only says what it does within one sentence.
     */
    static Doc refine(Doc doc, Refiner refiner) {
        DocIndex ix = doc.index();
        List<Mention> out = new ArrayList<>();
        for (int s = 0; s < ix.sentenceCount(); s++) {
            List<Token> tokens = ix.tokensOf(s);
            if (tokens.isEmpty()) continue;
            List<Mention> in = new ArrayList<>(ix.mentionsOfSentence(s));
            in.sort(Comparator.comparing(Mention::span));
            out.addAll(refiner.refine(tokens, in));
        }
        return doc.withMentions(out);
    }
}
