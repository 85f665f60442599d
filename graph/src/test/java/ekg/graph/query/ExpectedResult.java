package ekg.graph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One golden file beside the queries, {@code <query>.tsv} for the defaults or {@code <query>.<case>.tsv}
 * for another parameter set. Lines starting with {@code #} are comments, except that
 * {@code # params: name=value other="two words"} gives the parameters; the first other line is the
 * header ({@code ?var} names, tab-separated), each further line a row in Jena's TSV node syntax.
 * Blank lines and trailing whitespace are ignored, so an editor that trims lines breaks nothing.
 */
record ExpectedResult(Path file, String query, Map<String, String> params, List<String> lines) {
    private static final String PARAMS = "# params:";
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S*))");

    static ExpectedResult read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String query = name.substring(0, name.indexOf('.'));
        Map<String, String> params = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(PARAMS)) {
                params.putAll(parseParams(line.substring(PARAMS.length())));
            } else if (!line.startsWith("#") && !line.isBlank()) {
                lines.add(line.stripTrailing());
            }
        }
        return new ExpectedResult(file, query, params, lines);
    }

    static Map<String, String> parseParams(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) params.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        return params;
    }

    /** Result lines as this format has them: header first, blank lines dropped, trailing blanks trimmed. */
    static List<String> normalize(String tsv) {
        List<String> lines = new ArrayList<>();
        for (String line : tsv.split("\r?\n")) {
            if (!line.isBlank()) lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** The lines with the rows sorted, for queries whose result order is not defined. */
    static List<String> sortedRows(List<String> lines) {
        if (lines.isEmpty()) return lines;
        List<String> sorted = new ArrayList<>(lines.subList(1, lines.size()));
        sorted.sort(null);
        sorted.add(0, lines.get(0));
        return sorted;
    }
}
