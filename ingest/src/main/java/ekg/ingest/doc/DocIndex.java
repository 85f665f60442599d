package ekg.ingest.doc;

import java.util.List;

/**
 * The one index every stage reads a {@link Doc} through: the tokens of a sentence, the token at an
 * offset, the mentions and entity mentions a span covers or overlaps, and paragraphs, each defined
 * here once. Each part is built on first use from the layers the document carries at that moment and
 * is valid for exactly those layers: a document made by replacing a layer gets a fresh index that
 * keeps only the parts built from layers it shares (the same list objects).
 *
 * <pre>{@code
 * DocIndex ix = doc.index();
 * for (int s = 0; s < ix.sentenceCount(); s++) {
 *     List<Token> tokens = ix.tokensOf(s);
 *     List<Mention> names = ix.mentionsOfSentence(s);
 * }
 * }</pre>
 */
public final class DocIndex {
    private final Doc doc;
    private TokenIndex tokens;
    private Paragraphs paragraphs;
    private MentionIndex mentions;
    private EntityIndex entities;

    /** An index of {@code doc}, keeping the parts of {@code earlier} (an index of an earlier state, or null) it may. */
    DocIndex(Doc doc, DocIndex earlier) {
        this.doc = doc;
        if (earlier == null) return;
        if (earlier.tokens != null && earlier.tokens.builtFrom(doc)) tokens = earlier.tokens;
        if (earlier.paragraphs != null && earlier.paragraphs.builtFrom(doc)) paragraphs = earlier.paragraphs;
        if (earlier.mentions != null && earlier.mentions.builtFrom(doc, tokens)) mentions = earlier.mentions;
        if (earlier.entities != null && earlier.entities.builtFrom(doc)) entities = earlier.entities;
    }

    // Parts are immutable once built; two threads building one at the same time build equal parts.
    private TokenIndex tokens() {
        if (tokens == null) tokens = new TokenIndex(doc);
        return tokens;
    }

    private MentionIndex mentions() {
        if (mentions == null) mentions = new MentionIndex(doc.mentions(), tokens());
        return mentions;
    }

    private EntityIndex entities() {
        if (entities == null) entities = new EntityIndex(doc.entities());
        return entities;
    }

    /**
     * How many sentences there are: the SENTENCES layer's count, or more when tokens name a later
     * sentence; a sentence may have no tokens.
     */
    public int sentenceCount() { return tokens().sentenceCount(); }

    /** The first token of sentence {@code s}, or -1 when it has none. */
    public int firstToken(int s) { return tokens().first(s); }

    /** The token after the last of sentence {@code s}, or -1 when it has none. */
    public int endToken(int s) { return tokens().end(s); }

    /** The tokens of sentence {@code s}, in order; empty when it has none. */
    public List<Token> tokensOf(int s) { return tokens().of(s); }

    /** The first token that ends after {@code offset}: the token holding it, else the next; the token count when none. */
    public int firstTokenEndingAfter(int offset) { return tokens().firstEndingAfter(offset); }

    /** The token that begins exactly at {@code offset}, or -1. */
    public int tokenStartingAt(int offset) { return tokens().startingAt(offset); }

    /** The token that ends exactly at {@code offset}, or -1. */
    public int tokenEndingAt(int offset) { return tokens().endingAt(offset); }

    /** Token {@code i} in lower case (root locale), made once per token. */
    public String lower(int i) { return tokens().lower(i); }

    /**
     * The paragraph number of a character offset: a paragraph starts after every run of line breaks,
     * blank lines or one; the first paragraph is 0.
     */
    public int paragraphOf(int offset) {
        if (paragraphs == null) paragraphs = new Paragraphs(doc.text());
        return paragraphs.of(offset);
    }

    /** The mentions lying within {@code span}, in layer order. */
    public List<Mention> mentionsWithin(Span span) { return mentions().within(span); }

    /** The mentions overlapping {@code span}, in layer order. */
    public List<Mention> mentionsOverlapping(Span span) { return mentions().overlapping(span); }

    /**
     * The mentions of sentence {@code s}, in layer order: a mention belongs to the first sentence whose
     * tokens (from the first's begin to the last's end) it overlaps, and to no sentence when it overlaps none.
     */
    public List<Mention> mentionsOfSentence(int s) { return mentions().ofSentence(s); }

    /** The entities with a mention exactly at {@code span}, in layer order. */
    public List<Entity> entitiesAt(Span span) { return entities().at(span); }

    /** An entity and one of its mention spans. */
    public record EntityMention(Entity entity, Span span) {
    }

    /** The entity mentions lying within {@code span}, by entity in layer order, then by mention. */
    public List<EntityMention> entityMentionsWithin(Span span) { return entities().within(span); }

    /** The entity mentions that contain {@code span}, by entity in layer order, then by mention. */
    public List<EntityMention> entityMentionsContaining(Span span) { return entities().containing(span); }

    /** The entity mentions overlapping {@code span}, by entity in layer order, then by mention. */
    public List<EntityMention> entityMentionsOverlapping(Span span) { return entities().overlapping(span); }
}
