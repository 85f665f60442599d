package ekg.ingest.tools.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Tagging throughput in tokens per second: the bare OpenNLP name finder and ekg's whole chain, on the
 * same tokenised sentences, on one thread and on several, each thread tagging its own copy of the text.
 *
 * <pre>{@code
 * NerBenchmark b = new NerBenchmark(model, NameFinderChain.defaults(), sentences);
 * double bare = b.bare(1, 10.0);      // tokens/s on one thread, run for about 10 s
 * }</pre>
 */
public final class NerBenchmark {
    private static final int DOC_SENTENCES = 20;

    private final TokenNameFinderModel model;
    private final List<Stage> chain;
    private final List<String[]> sentences;
    private final List<Doc> docs = new ArrayList<>();
    private final long tokens;

    public NerBenchmark(TokenNameFinderModel model, List<Stage> chain, List<NameSample> text) {
        if (text.isEmpty()) throw new IllegalArgumentException("no sentences to tag");
        this.model = model;
        this.chain = List.copyOf(chain);
        this.sentences = text.stream().map(NameSample::getSentence).toList();
        this.tokens = sentences.stream().mapToLong(s -> s.length).sum();
        for (int i = 0; i < sentences.size(); i += DOC_SENTENCES) {
            docs.add(TokenDocs.of("bench" + i, sentences.subList(i, Math.min(sentences.size(), i + DOC_SENTENCES))));
        }
    }

    /** Sentences in one pass over the text. */
    public int sentences() {
        return sentences.size();
    }

    /** Tokens in one pass over the text. */
    public long tokens() {
        return tokens;
    }

    /** The bare NameFinderME: tokens/s over {@code threads} threads, run for at least {@code seconds}. */
    public double bare(int threads, double seconds) throws Exception {
        return run(threads, seconds, () -> {
            NameFinderME me = new NameFinderME(model);
            return pass -> {
                for (int i = 0; i < sentences.size(); i++) {
                    me.find(sentences.get(i));
                    if (i % DOC_SENTENCES == DOC_SENTENCES - 1) me.clearAdaptiveData();
                }
                me.clearAdaptiveData();
            };
        });
    }

    /** The chain of stages (model, gazetteer, rules), documents of {@value #DOC_SENTENCES} sentences. */
    public double chain(int threads, double seconds) throws Exception {
        return run(threads, seconds, () -> pass -> {
            for (Doc d : docs) {
                Doc out = d;
                for (Stage s : chain) out = s.process(out);
            }
        });
    }

    private interface Worker {
        Consumer<Integer> create();
    }

    private double run(int threads, double seconds, Worker worker) throws Exception {
        worker.create().accept(0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            long t0 = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    Consumer<Integer> pass = worker.create();
                    long n = 0;
                    for (int p = 0; n == 0 || System.nanoTime() < deadline; p++, n += tokens) pass.accept(p);
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : done) total += f.get();
            return total / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
