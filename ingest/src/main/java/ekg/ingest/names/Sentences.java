package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A document's tokens cut into sentences, as the name stages read them. */
final class Sentences {

    private Sentences() {
    }

    /** The tokens of each sentence, in order; a sentence is a run of tokens with the same sentence index. */
    static List<List<Token>> of(Doc doc) {
        List<Token> tokens = doc.tokens();
        List<List<Token>> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(start).sentence()) {
                out.add(tokens.subList(start, i));
                start = i;
            }
        }
        return out;
    }

    static List<String> words(List<Token> sentence) {
        List<String> words = new ArrayList<>(sentence.size());
        for (Token t : sentence) words.add(t.text());
        return words;
    }

    /** The mentions (sorted by span) that lie in each sentence, one list per sentence of {@link #of}. */
    static List<List<Mention>> mentionsBySentence(List<List<Token>> sentences, List<Mention> sorted) {
        List<List<Mention>> out = new ArrayList<>(sentences.size());
        int next = 0;
        for (List<Token> s : sentences) {
            Span range = new Span(s.get(0).span().begin(), s.get(s.size() - 1).span().end());
            List<Mention> in = new ArrayList<>();
            while (next < sorted.size() && sorted.get(next).span().begin() < range.end()) {
                if (sorted.get(next).span().overlaps(range)) in.add(sorted.get(next));
                next++;
            }
            out.add(in);
        }
        return out;
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
     * Runs {@code refiner} on every sentence with the mentions that lie in it and puts the results
     * together, so each name stage only says what it does within one sentence.
     */
    static Doc refine(Doc doc, Refiner refiner) {
        List<Mention> sorted = new ArrayList<>(doc.mentions());
        sorted.sort(Comparator.comparing(Mention::span));
        List<List<Token>> sentences = of(doc);
        List<List<Mention>> inSentence = mentionsBySentence(sentences, sorted);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) out.addAll(refiner.refine(sentences.get(i), inSentence.get(i)));
        return doc.withMentions(out);
    }
}
