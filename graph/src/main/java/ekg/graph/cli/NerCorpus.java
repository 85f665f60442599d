package ekg.graph.cli;

import ekg.ingest.tools.ner.CorpusFile;
import ekg.ingest.tools.ner.CorpusFormat;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.List;

/** The data format option of every command that reads annotated name corpora (a picocli mixin). */
final class NerCorpus {

    @Option(names = "--format", paramLabel = "germeval|conll",
            description = "Format of every data file; detected from each file's first line when not given.")
    String format;

    /** Corpus specs ({@code path[#options]}) with the --format applied where a spec names none. */
    List<CorpusFile> files(List<String> specs) {
        CorpusFormat f = format == null ? null : CorpusFormat.parse(format);
        List<CorpusFile> files = specs.stream().map(s -> CorpusFile.parse(s, f)).toList();
        for (CorpusFile c : files) {
            if (!Files.isRegularFile(c.path())) {
                throw new IllegalArgumentException("data file " + c.path() + " does not exist");
            }
        }
        return files;
    }
}
