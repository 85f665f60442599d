package ekg.ingest.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way tests build a {@link Doc} by hand: tokens found by a pattern (words and single marks
 * unless told otherwise), sentences where a rule ends them, tags from a function, and the mentions and
 * entities given; only the layers asked for are attached (TEXT, SENTENCES and TOKENS always).
 *
 * <pre>{@code
 * Doc d = DocBuilder.of("Anna Berg kam. Sie blieb.").sentences(DocBuilder.FULL_STOP)
 *         .entity("anna-berg", EntityType.PER, "Anna Berg").build();
 * }</pre>
 */
public final class DocBuilder {
    /** Words (letters, digits, hyphens) and every other non-space character alone. */
    public static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}-]+|\\S");
    /** Words separated by single spaces. */
    public static final Pattern SPACES = Pattern.compile("[^ ]+");
    /** No tokens at all, for stages that read only the text. */
    public static final Pattern NONE = Pattern.compile("(?!)");
    /** A sentence ends after a full stop token. */
    public static final SentenceRule FULL_STOP = (text, tokens, i) -> tokens.get(i).of(text).equals(".");
    /** Everything is one sentence. */
    public static final SentenceRule ONE_SENTENCE = (text, tokens, i) -> false;

    /** Whether a sentence ends after token {@code i} of {@code tokens}. */
    public interface SentenceRule {
        boolean endsAfter(String text, List<Span> tokens, int i);
    }

    private final String text;
    private String id = "test";
    private String published;
    private Pattern tokens = WORDS;
    private SentenceRule sentences = ONE_SENTENCE;
    private Function<Token, String> tagger;
    private List<Mention> mentions;
    private Map<String, Entity> entities;

    private DocBuilder(String text) {
        this.text = text;
    }

    public static DocBuilder of(String text) {
        return new DocBuilder(text);
    }

    /** The document's id; its source is the id with ".txt". */
    public DocBuilder id(String id) {
        this.id = id;
        return this;
    }

    public DocBuilder published(String date) {
        this.published = date;
        return this;
    }

    public DocBuilder tokens(Pattern pattern) {
        this.tokens = pattern;
        return this;
    }

    public DocBuilder sentences(SentenceRule rule) {
        this.sentences = rule;
        return this;
    }

    /** Attaches a POS layer, a tag per token. */
    public DocBuilder tags(Function<Token, String> tagger) {
        this.tagger = tagger;
        return this;
    }

    /** Attaches a MENTIONS layer, empty unless mentions are added. */
    public DocBuilder mentions() {
        if (mentions == null) mentions = new ArrayList<>();
        return this;
    }

    public DocBuilder mention(Mention m) {
        mentions().mentions.add(m);
        return this;
    }

    /** A mention (found by "test") at the first place of {@code form}. */
    public DocBuilder mention(String form, EntityType type) {
        return mention(new Mention(first(form), form, type, "test"));
    }

    /** Attaches an ENTITIES layer, empty unless entities are added. */
    public DocBuilder entities() {
        if (entities == null) entities = new LinkedHashMap<>();
        return this;
    }

    /** An entity labelled {@code label} with mentions at {@code spans}, added to an earlier entity of the same key. */
    public DocBuilder entity(String key, String label, EntityType type, List<Span> spans) {
        Entity old = entities().entities.get(key);
        List<Span> all = new ArrayList<>(old == null ? List.of() : old.mentions());
        all.addAll(spans);
        entities.put(key, old == null ? new Entity(key, label, type, all) : new Entity(key, old.label(), old.type(), all));
        return this;
    }

    /** An entity named {@code form} whose one mention (in the ENTITIES layer only) is the form's first place. */
    public DocBuilder entity(String key, EntityType type, String form) {
        return entity(key, form, type, List.of(first(form)));
    }

    /** The span of the first place of {@code form} in the text. */
    public Span first(String form) {
        int b = text.indexOf(form);
        if (b < 0) throw new IllegalArgumentException("no '" + form + "' in the text");
        return new Span(b, b + form.length());
    }

    /** The spans of every place of {@code form} in the text, words containing it included. */
    public List<Span> every(String form) {
        List<Span> out = new ArrayList<>();
        for (int b = text.indexOf(form); b >= 0; b = text.indexOf(form, b + 1)) out.add(new Span(b, b + form.length()));
        return out;
    }

    public Doc build() {
        List<Span> raw = new ArrayList<>();
        Matcher m = tokens.matcher(text);
        while (m.find()) raw.add(new Span(m.start(), m.end()));
        List<Token> tokenLayer = new ArrayList<>(raw.size());
        List<Sentence> sentenceLayer = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.size(); i++) {
            tokenLayer.add(new Token(raw.get(i), raw.get(i).of(text), sentenceLayer.size()));
            if (i == raw.size() - 1 || sentences.endsAfter(text, raw, i)) {
                sentenceLayer.add(new Sentence(new Span(raw.get(start).begin(), raw.get(i).end())));
                start = i + 1;
            }
        }
        Metadata.Builder md = Metadata.builder(id + ".txt");
        if (published != null) md.published(published);
        Doc d = Doc.of(id, text, md.build()).withSentences(sentenceLayer).withTokens(tokenLayer);
        if (tagger != null) d = d.withPos(tokenLayer.stream().map(tagger).toList());
        if (mentions != null) d = d.withMentions(mentions);
        if (entities != null) d = d.withEntities(List.copyOf(entities.values()));
        return d;
    }
}
