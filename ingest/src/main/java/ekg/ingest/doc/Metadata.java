package ekg.ingest.doc;

import java.util.Optional;

/**
 * What is known about an article besides its text. {@code source} is where it was read from (a file
 * name, with the line for {@code .jsonl}); the other fields are optional.
 *
 * <pre>{@code
 * Metadata m = Metadata.builder("seeds/000.txt").published("2024-06-18").language("de").build();
 * }</pre>
 */
public final class Metadata {
    private final String source;
    private final String url;
    private final String title;
    private final String publisher;
    private final String published;
    private final String language;

    private Metadata(Builder b) {
        if (b.source == null || b.source.isBlank()) throw new IllegalArgumentException("source is blank");
        this.source = b.source;
        this.url = blankToNull(b.url);
        this.title = blankToNull(b.title);
        this.publisher = blankToNull(b.publisher);
        this.published = blankToNull(b.published);
        this.language = blankToNull(b.language);
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    public String source() { return source; }
    public Optional<String> url() { return Optional.ofNullable(url); }
    public Optional<String> title() { return Optional.ofNullable(title); }
    public Optional<String> publisher() { return Optional.ofNullable(publisher); }
    /** An ISO date, year-month or year, as the input gives it. */
    public Optional<String> published() { return Optional.ofNullable(published); }
    public String language() { return language == null ? "de" : language; }

    public Builder toBuilder() {
        return new Builder(source).url(url).title(title).publisher(publisher).published(published).language(language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "Metadata[source=" + source + ", url=" + url + ", published=" + published + "]";
    }

    /** Collects optional fields; {@link #build()} checks them. */
    public static final class Builder {
        private final String source;
        private String url, title, publisher, published, language;

        private Builder(String source) { this.source = source; }

        public Builder url(String v) { url = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Metadata build() { return new Metadata(this); }
    }
}
