package ekg.graph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

import java.util.Map;

/**
 * The list of commands in {@code --help}: each with the first sentence of its description, whole and
 * wrapped, where picocli would show the description's first line and stop mid-sentence.
 */
final class CommandList implements CommandLine.IHelpSectionRenderer {

    @Override
    public String render(Help help) {
        Map<String, Help> commands = help.subcommands();
        if (commands.isEmpty()) return "";
        int name = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
        int width = help.commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(help.colorScheme(),
                new Column(name, 2, Column.Overflow.SPAN), new Column(width - name, 2, Column.Overflow.WRAP));
        commands.forEach((n, sub) -> {
            CommandLine.Model.UsageMessageSpec usage = sub.commandSpec().usageMessage();
            String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
            table.addRowValues(n, firstSentence(summary));
        });
        return table.toString();
    }

    /** The first sentence, or the first two when the first is only a few words ("The nightly job."). */
    static String firstSentence(String[] description) {
        String text = String.join(" ", description).replaceAll("\\s+", " ").strip();
        int end = text.indexOf(". ");
        if (end >= 0 && end < 40) end = text.indexOf(". ", end + 2);
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
