package ekg.ingest.opennlp.ner;

import ekg.ingest.doc.EntityType;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.names.Gazetteer;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Known names (from the knowledge base) as a model artifact, so the name finder can learn from "this is a
 * known person's name" as one feature among others; stored in the model as {@code name TAB type} lines,
 * so the model keeps the very list it was trained with.
 *
 * <pre>{@code
 * KnownNames names = KnownNames.of(KnowledgeBase.builtIn().entries());
 * }</pre>
 */
public final class KnownNames implements SerializableArtifact {
    private final String text;
    private final Gazetteer gazetteer;

    private KnownNames(String text) {
        this.text = text;
        Gazetteer.Builder b = Gazetteer.builder();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 2) b.add(f[0], EntityType.parse(f[1]), true);
        }
        this.gazetteer = b.build();
    }

    /** The names and aliases of known entities. */
    public static KnownNames of(Collection<KbEntry> entries) {
        StringBuilder sb = new StringBuilder();
        for (KbEntry e : entries) {
            for (String n : e.names()) {
                if (!n.contains("\t") && !n.contains("\n")) sb.append(n).append('\t').append(e.type()).append('\n');
            }
        }
        return new KnownNames(sb.toString());
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    public int size() {
        return gazetteer.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the artifact as UTF-8 text. */
    public static final class Serializer implements ArtifactSerializer<KnownNames> {
        @Override
        public KnownNames create(InputStream in) throws IOException {
            return new KnownNames(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        @Override
        public void serialize(KnownNames artifact, OutputStream out) throws IOException {
            out.write(Objects.requireNonNull(artifact, "artifact == null").text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The token's features: its known-name type and position, and those of its neighbours. */
    static void features(List<Gazetteer.Match> matches, int index, List<String> out) {
        for (Gazetteer.Match m : matches) {
            if (m.start() <= index && index < m.end()) {
                out.add("kn=" + m.type() + (m.start() == index ? "-B" : "-I"));
            } else if (m.end() == index) {
                out.add("kn-1=" + m.type());
            } else if (m.start() == index + 1) {
                out.add("kn+1=" + m.type());
            }
        }
    }
}
