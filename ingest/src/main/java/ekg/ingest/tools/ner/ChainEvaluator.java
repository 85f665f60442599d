package ekg.ingest.tools.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import ekg.ingest.opennlp.ner.NameFinderChain;
import ekg.ingest.opennlp.ner.NameFinderStage;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Scores a chain of name stages (model, gazetteer, rules) on annotated sentences: the gold tokens are
 * laid out as a document (one per run of sentences that share adaptive memory), the stages tag it, and
 * the mentions are mapped back to token spans and scored as {@link NerEvaluator} scores a bare model.
 *
 * <pre>{@code
 * NerScores s = ChainEvaluator.evaluate(NameFinderChain.defaults(), CorpusFile.parse("test.tsv").read());
 * }</pre>
 */
public final class ChainEvaluator {
    private static final int MAX_DOC_SENTENCES = 200;

    private ChainEvaluator() {
    }

    /** Tags every sentence with the chain and scores it against the gold names. */
    public static NerScores evaluate(List<Stage> chain, List<NameSample> gold) {
        NerScores.Builder scores = NerScores.builder();
        int start = 0;
        for (int i = 1; i <= gold.size(); i++) {
            boolean boundary = i == gold.size() || gold.get(i).isClearAdaptiveDataSet() || i - start >= MAX_DOC_SENTENCES;
            if (boundary) {
                List<NameSample> part = gold.subList(start, i);
                List<Span[]> predicted = tag(chain, part);
                for (int k = 0; k < part.size(); k++) scores.add(part.get(k).getNames(), predicted.get(k));
                start = i;
            }
        }
        return scores.build();
    }

    /**
     * k-fold cross-validation of the whole chain: for each fold a model is trained and name lists are
     * derived from the other folds only; the knowledge base is used as it is.
     */
    public static NerScores crossValidate(List<NameSample> samples, int folds, TrainOptions options,
                                          KnowledgeBase kb, boolean modelOnly, IntConsumer progress)
            throws IOException {
        NerScores.Builder total = NerScores.builder();
        List<Fold> split = Fold.split(samples, folds);
        for (int fold = 0; fold < folds; fold++) {
            progress.accept(fold);
            List<NameSample> train = split.get(fold).train();
            List<NameSample> test = split.get(fold).test();
            TokenNameFinderModel model = NerTrainer.train(train, options, Map.of());
            if (modelOnly) {
                total.add(NerEvaluator.evaluate(model, test));
            } else {
                NameLists lists = lists(NameListGenerator.derive(train), kb);
                total.add(evaluate(NameFinderChain.of(new NameFinderStage(model, "fold" + fold), lists), test));
            }
        }
        return total.build();
    }

    /** Name lists held in memory, as {@link NameLists#load} would read them from files. */
    static NameLists lists(NameListGenerator.Lists derived, KnowledgeBase kb) throws IOException {
        StringWriter names = new StringWriter();
        derived.names().forEach((n, t) -> names.append(n).append('\t').append(t).append('\n'));
        String given = String.join("\n", derived.givenNames());
        return NameLists.of(new StringReader(names.toString()), "derived names", new StringReader(given), kb.entries(),
                ekg.ingest.names.NameWords.builtIn());
    }

    private static List<Span[]> tag(List<Stage> chain, List<NameSample> sentences) {
        Doc doc = TokenDocs.of("eval", sentences.stream().map(NameSample::getSentence).toList());
        List<Token> tokens = doc.tokens();
        Map<Integer, Integer> byBegin = new HashMap<>();
        int[] sentenceStart = new int[sentences.size()];
        for (int i = tokens.size() - 1; i >= 0; i--) {
            byBegin.put(tokens.get(i).span().begin(), i);
            sentenceStart[tokens.get(i).sentence()] = i;
        }
        for (Stage stage : chain) doc = stage.process(doc);
        List<List<Span>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) out.add(new ArrayList<>());
        for (Mention m : doc.mentions()) {
            int first = byBegin.get(m.span().begin());
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= m.span().end()) last++;
            int sentence = tokens.get(first).sentence();
            int base = sentenceStart[sentence];
            out.get(sentence).add(new Span(first - base, last + 1 - base, m.type().name()));
        }
        return out.stream().map(l -> l.toArray(new Span[0])).toList();
    }
}
