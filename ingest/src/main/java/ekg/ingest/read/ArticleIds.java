package ekg.ingest.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Chooses an article's stable id: the {@code id} field if given; else the last path segment of its
 * {@code url} without extension (a short hash of the url if there is none); else the file name without
 * extension, plus {@code -L<line>} for a {@code .jsonl} line. Ids are made safe for IRIs and file
 * names: only {@code [A-Za-z0-9._-]}, German umlauts spelled out, other runs replaced by {@code -}.
 */
final class ArticleIds {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_LENGTH = 120;

    private ArticleIds() {
    }

    /** The id for an article with these fields. */
    static String of(Fields f) {
        if (f.id() != null && !f.id().isBlank()) return normalise(f.id());
        if (f.url() != null && !f.url().isBlank()) return fromUrl(f.url().strip());
        return normalise(f.fallbackId());
    }

    /** The last path segment of {@code url} without extension, or a hash of the url if that is empty. */
    static String fromUrl(String url) {
        String path;
        try {
            URI uri = new URI(url);
            path = uri.getPath() != null ? uri.getPath() : uri.getSchemeSpecificPart();
        } catch (URISyntaxException e) {
            path = url.replaceFirst("[?#].*", "");
        }
        String segment = path == null ? "" : path.replaceFirst("/+$", "");
        segment = segment.substring(segment.lastIndexOf('/') + 1);
        int dot = segment.lastIndexOf('.');
        if (dot > 0) segment = segment.substring(0, dot);
        String id = safe(segment);
        return id.isEmpty() ? "u" + shortHash(url) : id;
    }

    /** {@code raw} in the safe form; a hash of it if nothing safe remains. */
    static String normalise(String raw) {
        String id = safe(raw);
        return id.isEmpty() ? "h" + shortHash(raw) : id;
    }

    private static String safe(String raw) {
        String s = raw.strip()
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = UNSAFE.matcher(s).replaceAll("-");
        // A leading dot would make a hidden file or a path like "..".
        s = s.replaceFirst("^[.-]+", "").replaceFirst("-+$", "");
        if (s.length() > MAX_LENGTH) s = s.substring(0, MAX_LENGTH - 13) + "-" + shortHash(raw);
        return s;
    }

    private static String shortHash(String s) {
        return Article.sha256(s).substring(0, 12);
    }
}
