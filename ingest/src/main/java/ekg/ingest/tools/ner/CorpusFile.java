package ekg.ingest.tools.ner;

import opennlp.tools.namefind.NameSample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One corpus file and which of its sentences to use, written {@code path[#option,option...]} with options
 * {@code format=germeval|bio}, {@code sample=N} (N sentences spread evenly over the file),
 * {@code only=i/k} (fold i of k: sentences whose index modulo k is i) and {@code except=i/k} (the rest).
 * Folds are taken before sampling, so held-out sentences never leak into training.
 *
 * <pre>{@code
 * CorpusFile train = CorpusFile.parse("NER-de-dev.tsv#except=0/5");
 * CorpusFile test = CorpusFile.parse("NER-de-dev.tsv#only=0/5");
 * }</pre>
 *
 * @param format null to detect it from the file
 * @param sample 0 for all sentences
 * @param folds 0 for no fold selection
 */
public record CorpusFile(Path path, CorpusFormat format, int sample, int fold, int folds, boolean only) {

    public CorpusFile {
        Objects.requireNonNull(path, "path == null");
        if (sample < 0) throw new IllegalArgumentException("sample < 0: " + sample);
        if (folds < 0 || (folds > 0 && (fold < 0 || fold >= folds))) {
            throw new IllegalArgumentException("fold " + fold + " of " + folds + " does not exist");
        }
    }

    /** The whole file, format detected. */
    public static CorpusFile of(Path path) {
        return new CorpusFile(path, null, 0, 0, 0, false);
    }

    /** Parses {@code path[#options]}; {@code defaultFormat} (may be null) applies when no format option is given. */
    public static CorpusFile parse(String spec, CorpusFormat defaultFormat) {
        int hash = spec.lastIndexOf('#');
        if (hash < 0) return new CorpusFile(Path.of(spec), defaultFormat, 0, 0, 0, false);
        CorpusFormat format = defaultFormat;
        int sample = 0, fold = 0, folds = 0;
        boolean only = false;
        for (String opt : spec.substring(hash + 1).split(",")) {
            String[] kv = opt.split("=", 2);
            String v = kv.length == 2 ? kv[1].trim() : "";
            switch (kv[0].trim()) {
                case "format" -> format = CorpusFormat.parse(v);
                case "sample" -> sample = Integer.parseInt(v);
                case "only", "except" -> {
                    String[] ik = v.split("/");
                    if (ik.length != 2) throw new IllegalArgumentException("expected i/k in '" + opt + "' of " + spec);
                    fold = Integer.parseInt(ik[0]);
                    folds = Integer.parseInt(ik[1]);
                    only = kv[0].trim().equals("only");
                }
                default -> throw new IllegalArgumentException("unknown option '" + opt + "' in corpus spec " + spec
                        + "; use format=, sample=, only=i/k or except=i/k");
            }
        }
        return new CorpusFile(Path.of(spec.substring(0, hash)), format, sample, fold, folds, only);
    }

    /** Parses {@code path[#options]} with the format detected unless an option names it. */
    public static CorpusFile parse(String spec) {
        return parse(spec, null);
    }

    /** Reads the selected sentences. */
    public List<NameSample> read() throws IOException {
        List<NameSample> all = CorpusReader.read(path, format != null ? format : CorpusFormat.detect(path));
        return sampled(selected(all));
    }

    private List<NameSample> selected(List<NameSample> all) {
        if (folds == 0) return all;
        List<NameSample> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i % folds == fold) == only) out.add(all.get(i));
        }
        return out;
    }

    private List<NameSample> sampled(List<NameSample> all) {
        if (sample == 0 || sample >= all.size()) return all;
        List<NameSample> out = new ArrayList<>(sample);
        for (int i = 0; i < sample; i++) {
            out.add(all.get((int) ((long) i * all.size() / sample)));
        }
        return out;
    }

    /** The spec this file was parsed from, in canonical form (file name only), for manifests and reports. */
    public String describe() {
        List<String> opts = new ArrayList<>();
        if (format != null) opts.add("format=" + format.name().toLowerCase(java.util.Locale.ROOT));
        if (folds > 0) opts.add((only ? "only=" : "except=") + fold + "/" + folds);
        if (sample > 0) opts.add("sample=" + sample);
        String name = path.getFileName().toString();
        return opts.isEmpty() ? name : name + "#" + String.join(",", opts);
    }
}
