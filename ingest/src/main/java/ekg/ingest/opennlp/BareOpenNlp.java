package ekg.ingest.opennlp;

import ekg.ingest.opennlp.ner.NerModels;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The bare OpenNLP calls ekg's extraction is measured against: sentence detector, tokenizer, POS tagger
 * and name finder with ekg's models and nothing else, one instance of each per thread (the
 * {@code ...ME} classes are not thread-safe). Use one {@code BareOpenNlp} per thread.
 *
 * <pre>{@code
 * int tokens = new BareOpenNlp().process(text);
 * }</pre>
 */
public final class BareOpenNlp {
    private final SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos());
    private final NameFinderME names = new NameFinderME(NerModels.plainDefaultModel());

    /** Runs the four tools over one document and returns its number of tokens. */
    public int process(String text) {
        int tokens = 0;
        for (String sentence : sentences.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            tagger.tag(words);
            names.find(words);
            tokens += words.length;
        }
        names.clearAdaptiveData();
        return tokens;
    }
}
