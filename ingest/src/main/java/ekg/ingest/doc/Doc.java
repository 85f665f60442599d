package ekg.ingest.doc;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article and everything extracted from it, as immutable typed layers. Each stage returns a new
 * {@code Doc} with one more layer, or with a layer it refines replaced; reading a layer that no stage has
 * provided fails with its name. Stages look things up through {@link #index()}, which belongs to this
 * state of the document: a new layer gives a new index, which keeps the parts built from unchanged layers.
 *
 * <pre>{@code
 * Doc doc = Doc.of("000", "Putin sagte: „Ja.“", Metadata.builder("000.txt").build());
 * Doc withSentences = doc.withSentences(List.of(new Sentence(new Span(0, 18))));
 * }</pre>
 */
public final class Doc {
    private final String id;
    private final String text;
    private final Metadata metadata;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<String> pos;
    private final List<Mention> mentions;
    private final List<Entity> entities;
    private final List<Quote> quotes;
    private final List<TimeExpression> times;
    private final List<EventMention> events;
    private final List<RoleFact> roles;
    private final DocIndex index;

    private Doc(String id, String text, Metadata metadata, List<Sentence> sentences, List<Token> tokens,
                List<String> pos, List<Mention> mentions, List<Entity> entities, List<Quote> quotes,
                List<TimeExpression> times, List<EventMention> events, List<RoleFact> roles, DocIndex earlier) {
        this.id = id;
        this.text = text;
        this.metadata = metadata;
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.mentions = mentions;
        this.entities = entities;
        this.quotes = quotes;
        this.times = times;
        this.events = events;
        this.roles = roles;
        this.index = new DocIndex(this, earlier);
    }

    /** A document with text and metadata only. */
    public static Doc of(String id, String text, Metadata metadata) {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(metadata, "metadata == null");
        if (id.isBlank()) throw new IllegalArgumentException("id is blank");
        return new Doc(id, text, metadata, null, null, null, null, null, null, null, null, null, null);
    }

    public String id() { return id; }
    public String text() { return text; }
    public Metadata metadata() { return metadata; }

    public List<Sentence> sentences() { return need(sentences, Layer.SENTENCES); }
    public List<Token> tokens() { return need(tokens, Layer.TOKENS); }
    /** Universal POS tags, one per token. */
    public List<String> pos() { return need(pos, Layer.POS); }
    public List<Mention> mentions() { return need(mentions, Layer.MENTIONS); }
    public List<Entity> entities() { return need(entities, Layer.ENTITIES); }
    public List<Quote> quotes() { return need(quotes, Layer.QUOTES); }
    public List<TimeExpression> times() { return need(times, Layer.TIMES); }
    public List<EventMention> events() { return need(events, Layer.EVENTS); }
    public List<RoleFact> roles() { return need(roles, Layer.ROLES); }

    /** The index of this document's layers as they are now, built part by part on first use. */
    public DocIndex index() { return index; }

    List<Sentence> rawSentences() { return sentences; }
    List<Token> rawTokens() { return tokens; }
    List<Mention> rawMentions() { return mentions; }
    List<Entity> rawEntities() { return entities; }

    /** The layers this document carries. */
    public Set<Layer> layers() {
        Set<Layer> s = EnumSet.of(Layer.TEXT);
        if (sentences != null) s.add(Layer.SENTENCES);
        if (tokens != null) s.add(Layer.TOKENS);
        if (pos != null) s.add(Layer.POS);
        if (mentions != null) s.add(Layer.MENTIONS);
        if (entities != null) s.add(Layer.ENTITIES);
        if (quotes != null) s.add(Layer.QUOTES);
        if (times != null) s.add(Layer.TIMES);
        if (events != null) s.add(Layer.EVENTS);
        if (roles != null) s.add(Layer.ROLES);
        return s;
    }

    public boolean has(Layer layer) {
        return layers().contains(layer);
    }

    /** The layers attached anew since {@code earlier} (compared by identity: re-attaching a layer unchanged does not count). */
    public Set<Layer> changedSince(Doc earlier) {
        Set<Layer> s = EnumSet.noneOf(Layer.class);
        if (!text.equals(earlier.text)) s.add(Layer.TEXT);
        if (sentences != earlier.sentences) s.add(Layer.SENTENCES);
        if (tokens != earlier.tokens) s.add(Layer.TOKENS);
        if (pos != earlier.pos) s.add(Layer.POS);
        if (mentions != earlier.mentions) s.add(Layer.MENTIONS);
        if (entities != earlier.entities) s.add(Layer.ENTITIES);
        if (quotes != earlier.quotes) s.add(Layer.QUOTES);
        if (times != earlier.times) s.add(Layer.TIMES);
        if (events != earlier.events) s.add(Layer.EVENTS);
        if (roles != earlier.roles) s.add(Layer.ROLES);
        return s;
    }

    /** The text a span covers. */
    public String cover(Span span) {
        checkSpan(span);
        return span.of(text);
    }

    public Doc withSentences(List<Sentence> v) {
        v.forEach(s -> checkSpan(s.span()));
        return new Doc(id, text, metadata, List.copyOf(v), tokens, pos, mentions, entities, quotes, times, events, roles, index);
    }

    public Doc withTokens(List<Token> v) {
        v.forEach(t -> checkSpan(t.span()));
        return new Doc(id, text, metadata, sentences, List.copyOf(v), pos, mentions, entities, quotes, times, events, roles, index);
    }

    public Doc withPos(List<String> v) {
        if (v.size() != tokens().size()) {
            throw new IllegalArgumentException("pos has " + v.size() + " tags for " + tokens.size() + " tokens");
        }
        return new Doc(id, text, metadata, sentences, tokens, List.copyOf(v), mentions, entities, quotes, times, events, roles, index);
    }

    public Doc withMentions(List<Mention> v) {
        v.forEach(m -> checkSpan(m.span()));
        return new Doc(id, text, metadata, sentences, tokens, pos, List.copyOf(v), entities, quotes, times, events, roles, index);
    }

    public Doc withEntities(List<Entity> v) {
        v.forEach(e -> e.mentions().forEach(this::checkSpan));
        return new Doc(id, text, metadata, sentences, tokens, pos, mentions, List.copyOf(v), quotes, times, events, roles, index);
    }

    public Doc withQuotes(List<Quote> v) {
        v.forEach(q -> checkSpan(q.span()));
        return new Doc(id, text, metadata, sentences, tokens, pos, mentions, entities, List.copyOf(v), times, events, roles, index);
    }

    public Doc withTimes(List<TimeExpression> v) {
        v.forEach(t -> checkSpan(t.span()));
        return new Doc(id, text, metadata, sentences, tokens, pos, mentions, entities, quotes, List.copyOf(v), events, roles, index);
    }

    public Doc withEvents(List<EventMention> v) {
        v.forEach(e -> checkSpan(e.trigger()));
        return new Doc(id, text, metadata, sentences, tokens, pos, mentions, entities, quotes, times, List.copyOf(v), roles, index);
    }

    public Doc withRoles(List<RoleFact> v) {
        v.forEach(r -> checkSpan(r.span()));
        return new Doc(id, text, metadata, sentences, tokens, pos, mentions, entities, quotes, times, events,
                List.copyOf(v), index);
    }

    private void checkSpan(Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span " + span + " runs past the text of " + id
                    + " (" + text.length() + " chars)");
        }
    }

    private <T> List<T> need(List<T> layer, Layer name) {
        if (layer == null) {
            throw new IllegalStateException("document " + id + " has no " + name + " layer: add a stage that provides "
                    + name + " before the stage that reads it");
        }
        return layer;
    }

    @Override
    public String toString() {
        return "Doc[" + id + ", " + text.length() + " chars, layers=" + layers() + "]";
    }
}
