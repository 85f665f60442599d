package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Span;
import ekg.ingest.opennlp.SentenceStage;
import ekg.ingest.opennlp.TokenStage;
import ekg.ingest.opennlp.ner.NameFinderChain;
import ekg.ingest.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole name chain (default model, knowledge base, lists, rules) on the seed articles: every
 * occurrence of a person, organization or place form of the acceptance gold must be found with its type.
 */
class SeedNamesTest {
    static final Path SEEDS = Path.of("../seeds");

    @Test
    void everyGoldFormInTheSeedsIsFoundWithItsType() throws IOException {
        List<String[]> forms = forms();
        Pipeline.Builder b = Pipeline.builder().add(new SentenceStage()).add(new TokenStage());
        NameFinderChain.defaults().forEach(b::add);
        Pipeline p = b.build();
        List<String> missed = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Doc doc = p.process(Doc.of(f.getFileName().toString(), text, Metadata.builder(f.toString()).build()));
                for (Occurrence o : occurrences(text, forms)) {
                    checked++;
                    boolean found = doc.mentions().stream().anyMatch(m -> finds(m, o, forms));
                    if (!found) {
                        missed.add(f.getFileName() + " " + o.span() + " " + o.form() + "/" + o.type() + " got "
                                + doc.mentions().stream().filter(m -> m.span().overlaps(o.span()))
                                .map(SeedNamesTest::show).toList());
                    }
                }
            }
        }
        assertTrue(checked > 250, "the seeds hold the gold forms: " + checked);
        assertTrue(missed.isEmpty(), missed.size() + " of " + checked + " missed:\n" + String.join("\n", missed));
    }

    /** The very span, or a longer listed form in the genitive around it ("Wladimir Putins" for "Putins"). */
    private static boolean finds(Mention m, Occurrence o, List<String[]> forms) {
        if (!m.type().name().equals(o.type()) || !m.span().contains(o.span())) return false;
        String base = m.text().replaceFirst("(s|'|’)$", "");
        return m.span().equals(o.span()) || forms.stream().anyMatch(f -> f[0].equals(base) && f[1].equals(o.type()));
    }

    private static String show(Mention m) {
        return m.text() + "/" + m.type() + " by " + m.foundBy();
    }

    record Occurrence(Span span, String form, String type) {
    }

    /** Whole-word occurrences of the forms, without those inside a longer listed form. */
    static List<Occurrence> occurrences(String text, List<String[]> forms) {
        List<Occurrence> all = new ArrayList<>();
        for (String[] f : forms) {
            Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(f[0]) + "(?![\\w-])").matcher(text);
            while (m.find()) all.add(new Occurrence(new Span(m.start(), m.end()), f[0], f[1]));
        }
        return all.stream().filter(o -> all.stream()
                .noneMatch(x -> x != o && x.span().contains(o.span()) && x.span().length() > o.span().length()))
                .toList();
    }

    static List<String[]> forms() throws IOException {
        try (InputStream in = SeedNamesTest.class.getResourceAsStream("/ekg/names/seed-names.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
