package ekg.ingest.opennlp.ner;

import ekg.ingest.names.NameWords;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OpenNLP feature generator "this token is a known first name / last name / place of some country"
 * ({@link NameWords}), named in a descriptor as {@code <generator
 * class="ekg.ingest.opennlp.ner.NameWordsFeatureGeneratorFactory"><str name="words">ekg-name-words.txt</str>
 * </generator>}. The words are stored in the model, so it keeps the very lists it was trained with. Most
 * names in news are rare words; a list of a few thousand names is evidence the training data lacks.
 */
public final class NameWordsFeatureGeneratorFactory extends ArtifactFeatureGeneratorFactory {
    /** The artifact name the project's descriptors use. */
    public static final String ARTIFACT = "ekg-name-words.txt";

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        NameWords w = artifact("words", Artifact.class, "name-words").words;
        return (features, tokens, index, previousOutcomes) -> features(w, tokens[index], features);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("words"), new Serializer());
    }

    /** The token's classes; a German genitive ("Schmidts", "Londons") counts as its stem's, marked. */
    static void features(NameWords w, String token, List<String> out) {
        int before = out.size();
        classes(w, token, "", out);
        if (out.size() == before && token.length() > 3 && token.endsWith("s")) {
            classes(w, token.substring(0, token.length() - 1), "-gen", out);
        }
    }

    private static void classes(NameWords w, String t, String mark, List<String> out) {
        if (w.isFirst(t)) out.add("nw=first" + mark);
        if (w.isLast(t)) out.add("nw=last" + mark);
        if (w.isPlace(t)) out.add("nw=place" + mark);
    }

    /** The words as a model artifact: {@code word TAB F|L|P} lines. */
    public static final class Artifact implements SerializableArtifact {
        private final NameWords words;

        public Artifact(NameWords words) {
            this.words = Objects.requireNonNull(words, "words == null");
        }

        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }

        /** The stored form: {@code word TAB F|L|P} lines, sorted by word. */
        public String text() {
            Map<String, StringBuilder> lines = new TreeMap<>();
            add(lines, words.first(), "F");
            add(lines, words.last(), "L");
            add(lines, words.places(), "P");
            StringBuilder sb = new StringBuilder();
            lines.forEach((w, c) -> sb.append(w).append('\t').append(c).append('\n'));
            return sb.toString();
        }

        private static void add(Map<String, StringBuilder> lines, Set<String> words, String c) {
            for (String w : words) lines.computeIfAbsent(w, k -> new StringBuilder()).append(c);
        }

        static Artifact parse(String text) throws IOException {
            Set<String> f = new HashSet<>(), l = new HashSet<>(), p = new HashSet<>();
            for (String line : new BufferedReader(new StringReader(text)).lines().toList()) {
                String[] x = line.split("\t");
                if (x.length != 2) continue;
                if (x[1].contains("F")) f.add(x[0]);
                if (x[1].contains("L")) l.add(x[0]);
                if (x[1].contains("P")) p.add(x[0]);
            }
            return new Artifact(new NameWords(f, l, p));
        }
    }

    /** Reads and writes the artifact as UTF-8 text. */
    public static final class Serializer implements ArtifactSerializer<Artifact> {
        @Override
        public Artifact create(InputStream in) throws IOException {
            return Artifact.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        @Override
        public void serialize(Artifact artifact, OutputStream out) throws IOException {
            out.write(artifact.text().getBytes(StandardCharsets.UTF_8));
        }
    }
}
