package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.QuoteMode;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.role.RoleMentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Doc} by hand for quote tests: tokens split at white space and punctuation, naive
 * sentences, rough UD tags from small word lists (override with {@link #tag}), and named mentions
 * grouped into entities.
 *
 * <pre>{@code
 * Doc d = TestDoc.of("„Ja“, sagte Anna Berg.").per("Anna Berg").build();
 * }</pre>
 */
final class TestDoc {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.’'][\\p{L}\\p{N}]+)*|\\S");
    private static final CueLexicon CUES = CueLexicon.german();
    private static final QuoteStage STAGE = new QuoteStage();
    private static final Map<String, String> TAGS = new HashMap<>();

    static {
        put("DET", "der die das dem den des ein eine einer einem einen eines sein seine seiner seinem seinen "
                + "ihre ihrer ihrem ihren diese dieser diesem diesen dieses");
        put("ADP", "in an auf aus bei mit nach von vor zu für gegen über unter um seit laut zufolge wegen durch");
        put("ADP+DET", "im am zum zur vom beim ins");
        put("PRON", "er sie es ihm ihn wir ich man uns sich ihnen");
        put("AUX", "ist sind war waren hat haben hatte hatten wird werden wurde wurden sei seien habe");
        put("CCONJ", "und oder aber sondern");
        put("SCONJ", "dass ob wenn weil als");
        put("ADV", "auch nicht noch bereits so derweil heute gestern dabei sehr nur weiter später erneut");
    }

    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    private TestDoc(String text) {
        this.text = text;
    }

    static TestDoc of(String text) {
        return new TestDoc(text);
    }

    TestDoc per(String surface) { return name(EntityType.PER, surface, slug(surface)); }
    TestDoc per(String surface, String key) { return name(EntityType.PER, surface, key); }
    TestDoc org(String surface) { return name(EntityType.ORG, surface, slug(surface)); }
    TestDoc org(String surface, String key) { return name(EntityType.ORG, surface, key); }
    TestDoc loc(String surface) { return name(EntityType.LOC, surface, slug(surface)); }

    /**
     * The first free occurrence of {@code surface} becomes a description of entity {@code key} (as the
     * role-mention stage finds "der Sprecher" for the person it refers back to); later ones stay free.
     */
    TestDoc described(String surface, String key) {
        Matcher m = whole(surface);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (mentions.stream().anyMatch(x -> x.span().overlaps(s))) continue;
            mentions.add(new Mention(s, surface, EntityType.PER, RoleMentions.FOUND_BY));
            Entity old = entities.get(key);
            if (old == null) throw new IllegalArgumentException("no entity " + key + " to describe");
            List<Span> all = new ArrayList<>(old.mentions());
            all.add(s);
            entities.put(key, new Entity(key, old.label(), old.type(), all));
            return this;
        }
        throw new IllegalArgumentException("no free occurrence of " + surface);
    }

    /** Tags every token spelled {@code word} with {@code pos}. */
    TestDoc tag(String word, String pos) {
        overrides.put(word, pos);
        return this;
    }

    /** Every whole-word occurrence of {@code surface} not yet inside a mention becomes a mention of entity {@code key}. */
    private TestDoc name(EntityType type, String surface, String key) {
        Matcher m = whole(surface);
        List<Span> spans = new ArrayList<>();
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (mentions.stream().noneMatch(x -> x.span().overlaps(s))) spans.add(s);
        }
        if (spans.isEmpty()) throw new IllegalArgumentException("no free occurrence of " + surface);
        spans.forEach(s -> mentions.add(new Mention(s, surface, type, "test")));
        Entity old = entities.get(key);
        List<Span> all = new ArrayList<>(old == null ? List.of() : old.mentions());
        all.addAll(spans);
        entities.put(key, new Entity(key, old == null ? surface : old.label(), type, all));
        return this;
    }

    /** The whole-word occurrences of {@code surface} in the text. */
    private Matcher whole(String surface) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
    }

    Doc build() {
        DocBuilder b = DocBuilder.of(text).tokens(TOKEN).sentences((t, raw, i) -> endsSentence(raw, i)).tags(this::pos)
                .mentions().entities();
        mentions.forEach(b::mention);
        entities.values().forEach(e -> b.entity(e.key(), e.label(), e.type(), e.mentions()));
        return b.build();
    }

    /** After . ! ? (and a quote mark glued to it) when a new line, a capital or an opening mark follows. */
    private boolean endsSentence(List<Span> raw, int i) {
        if (i + 1 >= raw.size()) return false;
        String between = text.substring(raw.get(i).end(), raw.get(i + 1).begin());
        if (between.indexOf('\n') >= 0) return true;
        String next = raw.get(i + 1).of(text);
        if (between.isEmpty() && isMark(next)) return false;
        String w = raw.get(i).of(text);
        boolean stop = ".!?".contains(w) || (isMark(w) && i > 0 && ".!?".contains(raw.get(i - 1).of(text)));
        return stop && !between.isEmpty() && (Character.isUpperCase(next.charAt(0)) || isMark(next));
    }

    private static boolean isMark(String w) {
        return w.length() == 1 && QuoteMarks.isMark(w.charAt(0));
    }

    private String pos(Token t) {
        String w = t.text();
        if (overrides.containsKey(w)) return overrides.get(w);
        if (mentions.stream().anyMatch(m -> m.span().contains(t.span()))) return "PROPN";
        String lw = w.toLowerCase(Locale.ROOT);
        if (TAGS.containsKey(lw)) return TAGS.get(lw);
        if (!Character.isLetterOrDigit(w.charAt(0))) return "PUNCT";
        if (Character.isDigit(w.charAt(0))) return "NUM";
        if (CUES.isCue(lw)) return "VERB";
        return Character.isUpperCase(w.charAt(0)) ? "NOUN" : "ADJ";
    }

    private static void put(String tag, String words) {
        for (String w : words.split(" ")) TAGS.put(w, tag);
    }

    /** Runs a German {@link QuoteStage} on {@code d}; the quote-marked quotes (direct and partial). */
    static List<Quote> quotes(Doc d) {
        return all(d).stream().filter(q -> q.mode().verbatim()).toList();
    }

    /** Runs a German {@link QuoteStage} on {@code d}; every quote, reported speech included. */
    static List<Quote> all(Doc d) {
        return STAGE.process(d).quotes();
    }

    /** The reported speech (indirect quotes) a German {@link QuoteStage} finds in {@code d}. */
    static List<Quote> indirect(Doc d) {
        return all(d).stream().filter(q -> q.mode() == QuoteMode.INDIRECT).toList();
    }

    /** The one quote whose text contains {@code part}. */
    static Quote quote(List<Quote> quotes, String part) {
        List<Quote> hits = quotes.stream().filter(q -> q.text().contains(part)).toList();
        if (hits.size() != 1) throw new AssertionError(hits.size() + " quotes contain '" + part + "' in " + quotes);
        return hits.get(0);
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }
}
