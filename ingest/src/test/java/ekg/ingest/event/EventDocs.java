package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.time.TimeStage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds documents by hand for event tests: tokens at white space and punctuation, sentences at full
 * stops, rough POS tags, the names given, and the time phrases of the real time stage.
 *
 * <pre>{@code
 * Doc d = EventDocs.of("Merkel besuchte Paris.", "2015-03-02").per("Merkel").loc("Paris").build();
 * }</pre>
 */
final class EventDocs {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*|\\d+\\.?|\\S");
    private static final Set<String> ADP = Set.of("in", "im", "nach", "auf", "am", "bei", "von", "vom", "aus", "mit",
            "gegen", "für", "an", "zu", "zum", "laut", "über");
    private static final Set<String> DET = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
            "einen", "einer", "eines");
    private static final Set<String> VERB = Set.of("ist", "war", "hat", "wurde", "wird", "sind", "haben", "hatte",
            "soll", "könnte", "sagte", "traf", "besuchte", "empfing", "reiste", "kam");

    private final String text;
    private final String published;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    private EventDocs(String text, String published) {
        this.text = text;
        this.published = published;
    }

    static EventDocs of(String text, String published) {
        return new EventDocs(text, published);
    }

    EventDocs per(String name) { return name(name, EntityType.PER); }
    EventDocs org(String name) { return name(name, EntityType.ORG); }
    EventDocs loc(String name) { return name(name, EntityType.LOC); }

    /** Every occurrence of {@code surface} names the entity keyed by the slug of its first form. */
    private EventDocs name(String surface, EntityType type) {
        String key = surface.toLowerCase().replaceAll("[^a-zäöüß]+", "-");
        Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surface) + "(?![\\p{L}-])").matcher(text);
        List<Span> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
            mentions.add(new Mention(new Span(m.start(), m.end()), surface, type, "test"));
        }
        entities.merge(key, new Entity(key, surface, type, spans), (a, b) -> {
            List<Span> all = new ArrayList<>(a.mentions());
            all.addAll(b.mentions());
            return new Entity(a.key(), a.label(), a.type(), all);
        });
        return this;
    }

    Doc build() {
        DocBuilder b = DocBuilder.of(text).published(published).tokens(TOKEN).sentences(DocBuilder.FULL_STOP)
                .tags(t -> tag(t.text())).mentions().entities();
        mentions.sort((x, y) -> x.span().compareTo(y.span()));
        mentions.forEach(b::mention);
        entities.values().forEach(e -> b.entity(e.key(), e.label(), e.type(), e.mentions()));
        return new TimeStage().process(b.build().withQuotes(List.of()));
    }

    private static String tag(String w) {
        String l = w.toLowerCase();
        if (ADP.contains(l)) return "ADP";
        if (DET.contains(l)) return "DET";
        if (VERB.contains(l) || l.endsWith("ten") || l.startsWith("ge") && l.endsWith("t")) return "VERB";
        if (Character.isUpperCase(w.charAt(0))) return "NOUN";
        return w.matches("\\p{Punct}") ? "PUNCT" : "X";
    }
}
