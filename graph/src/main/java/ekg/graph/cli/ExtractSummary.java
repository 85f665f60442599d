package ekg.graph.cli;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EventMention;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Quote;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code ekg extract --summary} prints for one article: counts, then its quotes, entities and events, readable. */
final class ExtractSummary {
    private ExtractSummary() {
    }

    static void print(Doc doc, PrintStream out) {
        out.println("article " + doc.id() + " (" + doc.metadata().source() + ", language " + doc.metadata().language() + ")");
        if (!doc.has(Layer.QUOTES)) {
            out.println("  not extracted: not in German (--force-language extracts it anyway)");
            return;
        }
        List<Quote> quotes = doc.quotes();
        List<Entity> entities = doc.entities();
        List<EventMention> events = doc.has(Layer.EVENTS) ? doc.events() : List.of();
        out.printf(Locale.ROOT, "  %d quotes, %d entities, %d events%n", quotes.size(), entities.size(), events.size());
        Map<String, String> names = new HashMap<>();
        entities.forEach(e -> names.put(e.key(), e.label()));
        if (!quotes.isEmpty()) out.println("quotes:");
        for (Quote q : quotes) {
            String who = q.speakerKey() != null ? names.getOrDefault(q.speakerKey(), q.speakerKey()) : "(speaker unknown)";
            out.println("  " + who + ", " + q.mode().name().toLowerCase(Locale.ROOT) + ": \"" + q.text() + "\"");
        }
        if (!entities.isEmpty()) out.println("entities:");
        entities.stream().sorted(Comparator.comparing((Entity e) -> e.type().name()).thenComparing(Entity::label))
                .forEach(e -> out.println("  " + e.type() + " " + e.label() + " (" + e.mentions().size() + " mentions)"));
        if (!events.isEmpty()) out.println("events:");
        for (EventMention e : events) {
            out.println("  " + e.type() + " \"" + e.trigger().of(doc.text()) + "\""
                    + (e.time() == null ? "" : " at " + e.time())
                    + (e.actors().isEmpty() ? "" : ", actors: " + String.join(", ", e.actors().stream().map(k -> names.getOrDefault(k, k)).toList()))
                    + (e.places().isEmpty() ? "" : ", places: " + String.join(", ", e.places().stream().map(k -> names.getOrDefault(k, k)).toList())));
        }
    }
}
