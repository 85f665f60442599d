package ekg.graph.cli;

import ekg.graph.build.Extractor;
import ekg.graph.build.Guard;
import ekg.graph.rdf.Vocab;
import ekg.ingest.pipeline.FailureHandler;
import ekg.ingest.read.Article;
import ekg.ingest.read.ArticleBatch;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code ekg extract}: what one article file yields, as TriG on stdout, without storing anything. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what an article file yields as TriG (one named graph per article), without storing it.",
        footer = {"", "Examples:", "  ekg extract seeds/000_a5c48a036b68ea7d.txt > 000.trig",
                "  ekg extract --summary seeds/000_a5c48a036b68ea7d.txt"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file>", description = "An article file (.txt, .json or .jsonl).")
    Path file;

    @Option(names = "--summary", description = "Print counts and the quotes, entities and events found, readable, instead of TriG.")
    boolean summary;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        AtomicInteger failed = new AtomicInteger();
        FailureHandler report = extraction.onError.around((input, reason, cause) -> {
            failed.incrementAndGet();
            System.err.println("ekg extract: " + input + ": " + reason);
        });
        Extractor extractor = extraction.extractor();
        PrintStream text = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StreamRDF out = StreamRDFWriter.getWriterStream(System.out, RDFFormat.TRIG_BLOCKS);
        if (!summary) {
            out.start();
            Vocab.prefixes().getNsPrefixMap().forEach(out::prefix);
        }
        try (ArticleBatch batch = extraction.reader(report).open(List.of(file))) {
            while (batch.hasNext()) {
                Article a = batch.next();
                try {
                    if (summary) ExtractSummary.print(extractor.extract(a), text);
                    else extractor.write(a, out);
                } catch (RuntimeException e) {
                    report.failed(a.metadata().source(), e instanceof Guard.ArticleRefused ? e.getMessage()
                            : "extraction failed: " + e, e);
                }
            }
        }
        if (!summary) out.finish();
        System.out.flush();
        return failed.get() == 0 ? 0 : 1;
    }
}
