package ekg.ingest.tools.ner;

import opennlp.tools.namefind.NameSample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads annotated sentences as OpenNLP {@link NameSample}s typed PER, ORG, LOC, OTH. GermEval files
 * contribute their outer labels only, with {@code *deriv} and {@code *part} folded to O.
 *
 * <pre>{@code
 * List<NameSample> dev = CorpusReader.read(Path.of("NER-de-dev.tsv"), CorpusFormat.GERMEVAL);
 * }</pre>
 */
public final class CorpusReader {

    private CorpusReader() {
    }

    /** Reads a file in the format its first line suggests. */
    public static List<NameSample> read(Path file) throws IOException {
        return read(file, CorpusFormat.detect(file));
    }

    /** Reads a UTF-8 file in the given format. */
    public static List<NameSample> read(Path file, CorpusFormat format) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), format);
        }
    }

    /** Reads annotated text held in a string; {@code source} names it in error messages. */
    public static List<NameSample> read(String text, String source, CorpusFormat format) throws IOException {
        return read(new StringReader(text), source, format);
    }

    /** Reads from {@code reader}; {@code source} names it in error messages. */
    public static List<NameSample> read(Reader reader, String source, CorpusFormat format) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || (format == CorpusFormat.GERMEVAL && line.startsWith("#"))) {
                flush(tokens, labels, out, format);
                continue;
            }
            String[] f = line.split("\t", -1);
            String token = format == CorpusFormat.GERMEVAL ? germEvalToken(f, source, lineNo, line)
                    : bioToken(f, source, lineNo, line);
            String raw = format == CorpusFormat.GERMEVAL ? f[2] : f[1];
            try {
                labels.add(BioLabels.normalise(raw));
            } catch (IllegalArgumentException e) {
                throw new CorpusException(source, lineNo, e.getMessage() + " in line '" + line + "'");
            }
            tokens.add(token);
        }
        flush(tokens, labels, out, format);
        return out;
    }

    private static String germEvalToken(String[] f, String source, int lineNo, String line) throws CorpusException {
        if (f.length != 4 || f[1].isEmpty()) {
            throw new CorpusException(source, lineNo, "expected 'index TAB token TAB outer TAB inner' (4 fields), got "
                    + f.length + ": '" + line + "'");
        }
        return f[1];
    }

    private static String bioToken(String[] f, String source, int lineNo, String line) throws CorpusException {
        if (f.length != 2 || f[0].isEmpty()) {
            throw new CorpusException(source, lineNo, "expected 'token TAB label' (2 fields), got "
                    + f.length + ": '" + line + "'");
        }
        return f[0];
    }

    private static void flush(List<String> tokens, List<String> labels, List<NameSample> out, CorpusFormat format) {
        if (tokens.isEmpty()) return;
        // GermEval sentences come from unrelated pages, so no adaptive (document) memory may carry over;
        // BIO files carry no document boundaries, so memory is only cleared at the start of the file.
        boolean clear = format == CorpusFormat.GERMEVAL || out.isEmpty();
        out.add(new NameSample(tokens.toArray(new String[0]), BioLabels.spans(labels), clear));
        tokens.clear();
        labels.clear();
    }
}
