package ekg.ingest.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the word-list resources of this package: one entry a line, '#' comments, blank lines ignored. */
final class WordLists {
    private WordLists() {}

    static List<String> resource(String name) {
        InputStream in = WordLists.class.getResourceAsStream("/ekg/quote/" + name);
        if (in == null) throw new IllegalStateException("resource /ekg/quote/" + name + " is missing from the class path");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return lines(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /ekg/quote/" + name, e);
        }
    }

    /** The non-comment lines of {@code reader}, stripped and lower-cased. */
    static List<String> lines(Reader reader) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        for (String line = br.readLine(); line != null; line = br.readLine()) {
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!s.isEmpty()) out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
