package ekg.graph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code ekg} command line: build a graph from articles, query it, or see what one article yields.
 *
 * <pre>{@code
 * ekg build seeds
 * ekg query who-said --param text=global
 * }</pre>
 */
@Command(name = "ekg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds an event knowledge graph from German news articles and answers SPARQL questions about it.",
        // The product's verbs first, then the tools that measure and train it.
        subcommands = {BuildCommand.class, QueryCommand.class, ExtractCommand.class,
                ServeCommand.class, RebuildCommand.class, RollbackCommand.class,
                EvalCommand.class, TrainNerCommand.class, EvalNerCommand.class, BenchNerCommand.class,
                NerListsCommand.class, GenCorpusCommand.class, BenchCommand.class, BenchExtractionCommand.class, BenchNewsCommand.class,
                CommandLine.HelpCommand.class})
public final class Ekg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to run in-process. */
    public static CommandLine commandLine() {
        CommandLine cmd = configure(new CommandLine(new Ekg()));
        Map<String, CommandLine.IHelpSectionRenderer> sections = new HashMap<>(cmd.getHelpSectionMap());
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
        return cmd.setHelpSectionMap(sections);
    }

    /**
     * The settings every ekg command line has, also those run without this one's subcommand list
     * ({@code ekg spark-build}): help width, {@code skip} or {@code SKIP}, errors reported as ekg reports them.
     */
    public static CommandLine configure(CommandLine cmd) {
        // Descriptions are written as lines of up to about 110 characters; 80 would break them mid-line.
        return cmd.setUsageHelpWidth(120)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new Failures());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
