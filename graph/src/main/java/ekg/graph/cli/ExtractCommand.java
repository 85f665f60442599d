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
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code ekg extract}: what one article file yields, as TriG on stdout, without storing anything. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what an article file yields as TriG (one named graph per article), without storing it.",
        footer = {"", "Example:", "  ekg extract seeds/000_a5c48a036b68ea7d.txt > 000.trig"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file>", description = "An article file (.txt, .json or .jsonl).")
    Path file;

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
        StreamRDF out = StreamRDFWriter.getWriterStream(System.out, RDFFormat.TRIG_BLOCKS);
        out.start();
        Vocab.prefixes().getNsPrefixMap().forEach(out::prefix);
        try (ArticleBatch batch = extraction.reader(report).open(List.of(file))) {
            while (batch.hasNext()) {
                Article a = batch.next();
                try {
                    extractor.write(a, out);
                } catch (RuntimeException e) {
                    report.failed(a.metadata().source(), e instanceof Guard.ArticleRefused ? e.getMessage()
                            : "extraction failed: " + e, e);
                }
            }
        }
        out.finish();
        System.out.flush();
        return failed.get() == 0 ? 0 : 1;
    }
}
