package ekg.ingest.opennlp;

import ekg.ingest.morph.WordMemo;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Tokenises a sentence as OpenNLP's {@code TokenizerME} does, remembering the model's cuts per chunk.
 * The tokenizer splits the sentence at whitespace and then asks its model, character by character,
 * whether to cut inside each chunk of two or more characters; what it decides depends on the chunk alone
 * (its context generator and abbreviation list see nothing else). News repeats its chunks ("sagte,",
 * "Jahr.", "für", "„Wir") in article after article, so each chunk's cuts are asked of the model once
 * and read from a memo after that: the same tokens, without one model evaluation per character.
 *
 * <pre>{@code
 * List<Span> tokens = new ChunkCuts(OpenNlpModels.tokens()).tokenizePos("Er sagte: „Nein.“");
 * }</pre>
 */
final class ChunkCuts {
    private static final int[] WHOLE = {};

    private final ThreadSafeTokenizerME tokenizer;
    /** Each chunk's pieces as begin and end pairs relative to the chunk; {@code WHOLE} when the model keeps it. */
    private final WordMemo<int[]> cuts;

    ChunkCuts(TokenizerModel model) {
        this.tokenizer = new ThreadSafeTokenizerME(model);
        this.cuts = new WordMemo<>(200_000, this::ask);
    }

    /** The tokens of {@code sentence} as spans relative to it, exactly {@code TokenizerME.tokenizePos}'s. */
    List<ekg.ingest.doc.Span> tokenizePos(String sentence) {
        List<ekg.ingest.doc.Span> out = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) i++;
            int[] pieces = i - start > 1 ? cuts.get(sentence.substring(start, i)) : WHOLE;
            if (pieces == WHOLE) out.add(new ekg.ingest.doc.Span(start, i));
            for (int k = 0; k < pieces.length; k += 2) {
                out.add(new ekg.ingest.doc.Span(start + pieces[k], start + pieces[k + 1]));
            }
        }
        return out;
    }

    private int[] ask(String chunk) {
        Span[] pieces = tokenizer.tokenizePos(chunk);
        if (pieces.length == 1 && pieces[0].getStart() == 0 && pieces[0].getEnd() == chunk.length()) return WHOLE;
        int[] out = new int[2 * pieces.length];
        for (int k = 0; k < pieces.length; k++) {
            out[2 * k] = pieces[k].getStart();
            out[2 * k + 1] = pieces[k].getEnd();
        }
        return out;
    }
}
